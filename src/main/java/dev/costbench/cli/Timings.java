package dev.costbench.cli;

import java.util.List;

/** Run times of a benchmark: the median and the nearest-rank 90th percentile, in milliseconds. */
record Timings(List<Long> nanos) {
    Timings {
        if (nanos.isEmpty()) throw new IllegalArgumentException("a benchmark needs at least one run");
        nanos = nanos.stream().sorted().toList();
    }

    double medianMillis() {
        int n = nanos.size();
        double middle = n % 2 == 1 ? nanos.get(n / 2) : (nanos.get(n / 2 - 1) + nanos.get(n / 2)) / 2.0;
        return middle / 1e6;
    }

    /** The smallest time that at least 90% of the runs did not exceed. */
    double p90Millis() {
        int rank = (int) Math.ceil(0.9 * nanos.size());
        return nanos.get(rank - 1) / 1e6;
    }
}
