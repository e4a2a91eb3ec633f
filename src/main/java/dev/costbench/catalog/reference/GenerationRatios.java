package dev.costbench.catalog.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The measured ratio of the 1-year Standard All Upfront effective hourly to On-Demand, per instance
 * generation, from the 2023-08 us-east-1 snapshot. The median is taken per generation (the digit after
 * the family letters: m5 → 5, x2iedn → 2, u7i → 7) and rounded to four decimal places.
 */
final class GenerationRatios {
    static final String FILE = "ec2_us-east-1_od_spot_ri1yStdAllUpfront_2023-08.csv";
    static final String OD_COLUMN = "linux_od_usd_hr";
    static final String RI_COLUMN = "linux_ri_1yr_standard_all_upfront_effective_usd_hr";

    private static final Pattern GENERATION = Pattern.compile("^[a-z]+(\\d+)");

    /** The ratio a type's estimate uses, where it was measured, and why that group applies. */
    record Group(String id, BigDecimal ratio, int samples, String explanation) {}

    private final Map<Integer, Group> measured = new TreeMap<>();
    private final Group allTypes;

    GenerationRatios(ReferenceTable snapshot) {
        Map<Integer, List<BigDecimal>> byGeneration = new TreeMap<>();
        List<BigDecimal> all = new ArrayList<>();
        for (Map<String, String> row : snapshot.rows()) {
            BigDecimal od = snapshot.decimal(row, OD_COLUMN);
            BigDecimal ri = snapshot.decimal(row, RI_COLUMN);
            if (od.signum() <= 0 || ri.signum() <= 0) continue; // no Linux RI offered in the snapshot
            BigDecimal ratio = Rounding.divide(ri, od);
            all.add(ratio);
            OptionalInt g = generation(row.get("instance_type"));
            if (g.isPresent()) byGeneration.computeIfAbsent(g.getAsInt(), k -> new ArrayList<>()).add(ratio);
        }
        byGeneration.forEach((g, ratios) -> measured.put(g, new Group("gen" + g, median(ratios), ratios.size(),
                "median over " + ratios.size() + " generation-" + g + " types")));
        allTypes = new Group("all", median(all), all.size(),
                "median over all " + all.size() + " types; the family name carries no generation number");
    }

    /** The generation number of a type, e.g. 5 for m5.large; empty for names like u-6tb1.metal. */
    static OptionalInt generation(String instanceType) {
        Matcher m = GENERATION.matcher(instanceType.substring(0, Math.max(0, instanceType.indexOf('.'))));
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    Map<Integer, Group> measured() { return measured; }

    Group allTypes() { return allTypes; }

    /**
     * The group whose ratio estimates {@code instanceType}: its own generation when measured; a newer
     * generation than any measured borrows the newest measured one (AWS keeps the discount structure of
     * the previous generation); a name without a generation number uses the median over all types.
     */
    Group groupFor(String instanceType) {
        OptionalInt g = generation(instanceType);
        if (g.isEmpty()) return allTypes;
        Group own = measured.get(g.getAsInt());
        if (own != null) return own;
        Map.Entry<Integer, Group> below = ((TreeMap<Integer, Group>) measured).floorEntry(g.getAsInt());
        Map.Entry<Integer, Group> nearest = below != null ? below : ((TreeMap<Integer, Group>) measured).firstEntry();
        Group used = nearest.getValue();
        return new Group("gen" + g.getAsInt(), used.ratio(), used.samples(),
                "generation " + nearest.getKey() + "'s median over " + used.samples() + " types; no generation-"
                        + g.getAsInt() + " types in the 2023-08 snapshot");
    }

    /** The median, to four places: the one way every measured ratio of the build is summarised. */
    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                : Rounding.divide(sorted.get(n / 2 - 1).add(sorted.get(n / 2)), BigDecimal.TWO);
        return Rounding.fourPlaces(m);
    }
}
