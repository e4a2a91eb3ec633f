package dev.costbench.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimingsTest {
    private static long ms(double v) { return (long) (v * 1_000_000); }

    @Test
    void medianOfAnOddNumberOfRunsIsTheMiddleOne() {
        // sorted: 10, 11, 12, 30, 50 → median 12
        assertEquals(12.0, new Timings(List.of(ms(30), ms(10), ms(12), ms(50), ms(11))).medianMillis(), 1e-9);
    }

    @Test
    void medianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        // sorted: 10, 12, 14, 40 → (12 + 14) / 2 = 13
        assertEquals(13.0, new Timings(List.of(ms(40), ms(14), ms(10), ms(12))).medianMillis(), 1e-9);
    }

    @Test
    void p90IsTheNearestRank() {
        // 20 runs of 1..20 ms: rank ceil(0.9 × 20) = 18 → 18 ms
        List<Long> runs = java.util.stream.LongStream.rangeClosed(1, 20).map(i -> ms(i)).boxed().toList();
        assertEquals(18.0, new Timings(runs).p90Millis(), 1e-9);
        // 5 runs: rank ceil(4.5) = 5 → the slowest
        assertEquals(50.0, new Timings(List.of(ms(30), ms(10), ms(12), ms(50), ms(11))).p90Millis(), 1e-9);
    }
}
