package dev.costbench.pricing.graviton;

import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.pricing.SizeText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the Graviton (arm64) twin of an x86 instance type. Candidates share the family letter, size and
 * attribute suffix (m5d → m6gd/m7gd…, c5n → c6gn, t3 → t4g), have at least the x86 type's vCPU and memory,
 * and an On-Demand price in the region. The twin is the newest Graviton generation whose On-Demand price is
 * not above the x86 type's, else the cheapest candidate. A block's {@code gravitonType} overrides the choice.
 * <p>
 * Candidates are indexed once per region by family letter, size and attributes, and each x86 type's choice is
 * kept, so repricing never scans the instance types.
 */
public final class GravitonAdvisor {
    private final PriceCatalog catalog;
    private final Map<String, Map<String, List<Candidate>>> candidatesByRegion = new ConcurrentHashMap<>();
    private final Map<String, Map<String, TwinChoice>> choicesByRegion = new ConcurrentHashMap<>();

    private record Candidate(InstanceType type, int generation, BigDecimal onDemand) {}

    public GravitonAdvisor(PriceCatalog catalog) { this.catalog = catalog; }

    /** The twin of {@code x86Type} in {@code region}; {@code override} (the block's gravitonType) wins when set. */
    public TwinChoice choose(String region, String x86Type, String override) {
        if (x86Type == null || x86Type.isBlank()) return TwinChoice.none("no instance type chosen");
        Optional<InstanceType> spec = catalog.instanceType(x86Type);
        if (spec.isPresent() && spec.get().isArm())
            return TwinChoice.none(x86Type + " is already Graviton (arm64)");
        if (override != null && !override.isBlank()) return overridden(x86Type, override);
        Map<String, TwinChoice> choices = choicesByRegion.computeIfAbsent(region, r -> new ConcurrentHashMap<>());
        TwinChoice known = choices.get(x86Type);
        if (known != null) return known;
        TwinChoice fresh = pick(region, x86Type, spec.orElse(null));
        choices.put(x86Type, fresh);
        return fresh;
    }

    private TwinChoice overridden(String x86Type, String override) {
        Optional<InstanceType> spec = catalog.instanceType(override);
        if (spec.isPresent() && !spec.get().isArm())
            return TwinChoice.none("gravitonType " + override + " is not an arm64 (Graviton) type");
        return TwinChoice.of(override, x86Type + " → " + override + ": set on the block (gravitonType)");
    }

    private TwinChoice pick(String region, String x86Type, InstanceType spec) {
        if (spec == null) return TwinChoice.none("the catalog has no vCPU and memory for " + x86Type);
        FamilyName name = FamilyName.parse(x86Type, false);
        if (name == null) return TwinChoice.none(x86Type + " does not follow AWS's family naming; set gravitonType");
        List<Candidate> all = candidates(region).getOrDefault(name.twinKey(), List.of());
        List<Candidate> fit = new ArrayList<>(all.size());
        for (Candidate c : all)
            if (c.type.vcpu() >= spec.vcpu() && c.type.memoryGib().compareTo(spec.memoryGib()) >= 0) fit.add(c);
        String what = "the " + name.letters() + " family at size " + name.size()
                + (name.attributes().isEmpty() ? "" : " with attributes '" + name.attributes() + "'")
                + " (at least " + spec.shortSpec() + ")";
        if (fit.isEmpty())
            return TwinChoice.none("no Graviton type matches: none of " + what + " is sold On-Demand in " + region);
        Optional<Rate> x86Price = catalog.onDemand(region, x86Type);
        if (x86Price.isPresent()) {
            BigDecimal limit = x86Price.get().usd();
            for (Candidate c : fit)  // newest generation first
                if (c.onDemand.compareTo(limit) <= 0)
                    return TwinChoice.of(c.type.name(), x86Type + " → " + c.type.name() + ": the newest Graviton generation of "
                            + what + " whose On-Demand price ($" + SizeText.rate(c.onDemand) + "/h) is not above "
                            + x86Type + "'s ($" + SizeText.rate(limit) + "/h)");
        }
        Candidate cheapest = fit.stream().min(Comparator.comparing(Candidate::onDemand)).orElseThrow();
        return TwinChoice.of(cheapest.type.name(), x86Type + " → " + cheapest.type.name() + ": no Graviton generation of "
                + what + " is priced at or below " + x86Type + "'s On-Demand "
                + x86Price.map(r -> "$" + SizeText.rate(r.usd()) + "/h").orElse("price (not in the catalog)")
                + ", so the cheapest candidate ($" + SizeText.rate(cheapest.onDemand) + "/h)");
    }

    /** arm64 types with an On-Demand price in the region, by twin key, newest generation first. */
    private Map<String, List<Candidate>> candidates(String region) {
        Map<String, List<Candidate>> index = candidatesByRegion.get(region);
        if (index != null) return index;
        Map<String, List<Candidate>> built = new HashMap<>();
        for (InstanceType t : catalog.instanceTypes()) {
            if (!t.isArm()) continue;
            Optional<Rate> price = catalog.onDemand(region, t.name());
            if (price.isEmpty()) continue;
            FamilyName name = FamilyName.parse(t.name(), true);
            if (name == null || name.processor() != 'g') continue;
            built.computeIfAbsent(name.twinKey(), k -> new ArrayList<>())
                    .add(new Candidate(t, name.generation(), price.get().usd()));
        }
        built.values().forEach(list -> list.sort(Comparator.comparingInt(Candidate::generation).reversed()));
        candidatesByRegion.putIfAbsent(region, built);
        return candidatesByRegion.get(region);
    }
}
