package dev.costbench.catalog.importer;

import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.catalog.SpotRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything read from the files of one import, before it is merged into the catalog. Only the rates
 * Costbench uses are kept, so even a whole-world import stays small.
 */
final class ImportedRates {
    static final class RegionRates {
        final Map<String, Rate> onDemand = new HashMap<>();
        final Map<String, Map<ReservedKey, ReservedRate>> reserved = new HashMap<>();
        final Map<String, Map<SavingsPlanKey, Rate>> ec2SavingsPlans = new HashMap<>();
        final Map<String, SpotRate> spot = new HashMap<>();
        final Map<String, Rate> service = new HashMap<>();
        final Map<String, Map<SavingsPlanKey, Rate>> serviceSavingsPlans = new HashMap<>();
        final Map<String, OfferInfo> offers = new LinkedHashMap<>();
    }

    /** One Spot Advisor entry; its price is worked out from the region's On-Demand rate at merge time. */
    record SpotAdvice(String region, String instanceType, BigDecimal savingsPercent, int bucket, String label,
                      Provenance provenance, OfferInfo offer) {}

    /** The sources of the catalog imported into: a publication imported before keeps the one description. */
    private final Map<String, Provenance> known;

    ImportedRates() { this(Map.of()); }

    ImportedRates(Map<String, Provenance> known) { this.known = known; }

    final Map<String, RegionRates> regions = new TreeMap<>();
    final Map<String, Provenance> sources = new LinkedHashMap<>();
    final Map<String, InstanceType> instanceTypes = new HashMap<>();
    final List<SpotAdvice> spotAdvice = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    RegionRates region(String region) { return regions.computeIfAbsent(region, r -> new RegionRates()); }

    void onDemand(String region, String type, Rate r) { region(region).onDemand.put(type, r); }

    void reserved(String region, String type, ReservedKey k, ReservedRate r) {
        region(region).reserved.computeIfAbsent(type, x -> new HashMap<>()).put(k, r);
    }

    void ec2SavingsPlan(String region, String type, SavingsPlanKey k, Rate r) {
        region(region).ec2SavingsPlans.computeIfAbsent(type, x -> new HashMap<>()).put(k, r);
    }

    void spot(String region, String type, SpotRate r) { region(region).spot.put(type, r); }

    void serviceRate(String region, String service, String dimension, Rate r) {
        region(region).service.put(service + "/" + dimension, r);
    }

    void serviceSavingsPlan(String region, String service, String dimension, SavingsPlanKey k, Rate r) {
        region(region).serviceSavingsPlans.computeIfAbsent(service + "/" + dimension, x -> new HashMap<>()).put(k, r);
    }

    /** Keeps the newest offer per region and service when several files of one service are imported. */
    void offer(String region, OfferInfo info) {
        region(region).offers.merge(info.service(), info,
                (a, b) -> b.publicationDate().compareTo(a.publicationDate()) >= 0 ? b : a);
    }

    /**
     * Records the source {@code p} and returns the one the rates should cite. A source id names one
     * publication (offer code, region, version); the same file imported again under another path, e.g. first
     * on its own and then within its folder, keeps the description it was first imported with.
     */
    Provenance source(String id, Provenance p) {
        Provenance canonical = known.getOrDefault(id, sources.getOrDefault(id, p));
        sources.put(id, canonical);
        return canonical;
    }

    void instanceType(InstanceType t) { instanceTypes.putIfAbsent(t.name(), t); }

    void note(String note) { notes.add(note); }
}
