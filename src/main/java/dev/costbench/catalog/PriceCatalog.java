package dev.costbench.catalog;

import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Every price Costbench knows, immutable once built and indexed for lookups on the reprice path.
 * A lookup that finds nothing returns empty: callers report the price as missing, never as zero.
 */
public final class PriceCatalog {
    private final String version;
    private final String asOf;
    private final Map<String, InstanceType> instanceTypes;
    /** Each region's rates, read on first use for a lazily loaded catalog. */
    private final Map<String, RegionSlot> regions;
    private final Map<String, Provenance> sources;

    private PriceCatalog(Builder b) {
        this.version = b.version;
        this.asOf = b.asOf;
        this.instanceTypes = Collections.unmodifiableMap(new LinkedHashMap<>(b.instanceTypes));
        Map<String, RegionSlot> r = new HashMap<>();
        b.regions.forEach((k, v) -> r.put(k, new RegionSlot(v.freeze())));
        b.lazyRegions.forEach((k, loader) -> r.put(k, new RegionSlot(k, loader)));
        this.regions = Collections.unmodifiableMap(r);
        this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(b.sources));
    }

    public String version() { return version; }

    /** The date of the newest rate set this catalog was built from (yyyy-MM-dd). */
    public String asOf() { return asOf; }

    public Optional<InstanceType> instanceType(String name) { return Optional.ofNullable(instanceTypes.get(name)); }

    public Collection<InstanceType> instanceTypes() { return instanceTypes.values(); }

    public Set<String> regions() { return new TreeSet<>(regions.keySet()); }

    public boolean hasRegion(String region) { return regions.containsKey(region); }

    /** True when the region's rates have been read (a lazily loaded catalog reads a region on first use). */
    public boolean isLoaded(String region) {
        RegionSlot slot = regions.get(region);
        return slot != null && slot.loaded != null;
    }

    private RegionPrices prices(String region) {
        RegionSlot slot = regions.get(region);
        return slot == null ? null : slot.get();
    }

    /** Every source the catalog's rates cite, by source id. */
    public Map<String, Provenance> sources() { return sources; }

    public Optional<Rate> onDemand(String region, String instanceType) {
        RegionPrices p = prices(region);
        return p == null ? Optional.empty() : Optional.ofNullable(p.onDemand.get(instanceType));
    }

    public Optional<ReservedRate> reserved(String region, String instanceType, ReservedKey key) {
        RegionPrices p = prices(region);
        if (p == null) return Optional.empty();
        Map<ReservedKey, ReservedRate> m = p.reserved.get(instanceType);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(key));
    }

    /** Savings Plan rate per instance-hour of {@code instanceType} under the plan. */
    public Optional<Rate> ec2SavingsPlan(String region, String instanceType, SavingsPlanKey key) {
        RegionPrices p = prices(region);
        if (p == null) return Optional.empty();
        Map<SavingsPlanKey, Rate> m = p.ec2SavingsPlans.get(instanceType);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(key));
    }

    public Optional<SpotRate> spot(String region, String instanceType) {
        RegionPrices p = prices(region);
        return p == null ? Optional.empty() : Optional.ofNullable(p.spot.get(instanceType));
    }

    /** A non-EC2 rate, e.g. service {@code fargate}, dimension {@code linux_x86_vcpu_hour}. */
    public Optional<Rate> serviceRate(String region, String service, String dimension) {
        RegionPrices p = prices(region);
        return p == null ? Optional.empty() : Optional.ofNullable(p.service.get(service + "/" + dimension));
    }

    /** Compute Savings Plan rate for a Fargate or Lambda dimension (same dimension names as {@link #serviceRate}). */
    public Optional<Rate> serviceSavingsPlan(String region, String service, String dimension, SavingsPlanKey key) {
        RegionPrices p = prices(region);
        if (p == null) return Optional.empty();
        Map<SavingsPlanKey, Rate> m = p.serviceSavingsPlans.get(service + "/" + dimension);
        return m == null ? Optional.empty() : Optional.ofNullable(m.get(key));
    }

    /** Publication date and version of the offer file per service, for "prices as of". */
    /**
     * The estimate {@code id} is, as a formula over other rates of this catalog, when its source carries a
     * {@link Derivation} that covers it; empty for published rates and for estimates kept as a figure only.
     */
    public Optional<Estimate> estimate(RateId id) {
        return id.in(this).flatMap(f -> f.provenance() == null || f.provenance().derivation() == null ? Optional.empty()
                : f.provenance().derivation().resolve(id, f.usd(), this));
    }

    public Map<String, OfferInfo> offers(String region) {
        RegionPrices p = prices(region);
        return p == null ? Map.of() : p.offers;
    }

    /** Instance types with an On-Demand price in the region, for pickers and Graviton candidates. */
    public Set<String> pricedInstanceTypes(String region) {
        RegionPrices p = prices(region);
        return p == null ? Set.of() : p.onDemand.keySet();
    }

    /** Region-level view for writers and importers that copy the catalog. */
    public RegionView region(String region) {
        RegionPrices p = prices(region);
        return p == null ? null : new RegionView(p.onDemand, p.reserved, p.ec2SavingsPlans, p.spot, p.service,
                p.serviceSavingsPlans, p.offers);
    }

    /** Read-only maps of one region's rates. Service keys are {@code service/dimension}. */
    public record RegionView(Map<String, Rate> onDemand, Map<String, Map<ReservedKey, ReservedRate>> reserved,
                             Map<String, Map<SavingsPlanKey, Rate>> ec2SavingsPlans, Map<String, SpotRate> spot,
                             Map<String, Rate> service, Map<String, Map<SavingsPlanKey, Rate>> serviceSavingsPlans,
                             Map<String, OfferInfo> offers) {}

    /** A builder seeded with everything in this catalog, for importers that merge new rates in. */
    public Builder toBuilder() {
        Builder b = new Builder().version(version).asOf(asOf);
        instanceTypes.values().forEach(b::instanceType);
        sources.forEach(b::source);
        regions.forEach((name, slot) -> {
            RegionPrices p = slot.get();
            p.onDemand.forEach((t, r) -> b.onDemand(name, t, r));
            p.reserved.forEach((t, m) -> m.forEach((k, r) -> b.reserved(name, t, k, r)));
            p.ec2SavingsPlans.forEach((t, m) -> m.forEach((k, r) -> b.ec2SavingsPlan(name, t, k, r)));
            p.spot.forEach((t, r) -> b.spot(name, t, r));
            p.service.forEach((k, r) -> {
                int slash = k.indexOf('/');
                b.serviceRate(name, k.substring(0, slash), k.substring(slash + 1), r);
            });
            p.serviceSavingsPlans.forEach((k, m) -> m.forEach((sk, r) -> {
                int slash = k.indexOf('/');
                b.serviceSavingsPlan(name, k.substring(0, slash), k.substring(slash + 1), sk, r);
            }));
            p.offers.values().forEach(o -> b.offer(name, o));
        });
        return b;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private String version = "unversioned";
        private String asOf = "";
        private final Map<String, InstanceType> instanceTypes = new LinkedHashMap<>();
        private final Map<String, RegionPrices> regions = new HashMap<>();
        private final Map<String, Supplier<PriceCatalog>> lazyRegions = new HashMap<>();
        private final Map<String, Provenance> sources = new LinkedHashMap<>();

        public Builder version(String v) { version = v; return this; }

        public Builder asOf(String v) { asOf = v; return this; }

        public Builder instanceType(InstanceType t) { instanceTypes.put(t.name(), t); return this; }

        public Builder source(String id, Provenance p) { sources.put(id, p); return this; }

        public Builder region(String region) { regions.computeIfAbsent(region, k -> new RegionPrices()); return this; }

        /** A region read on first use: {@code loader} gives a catalog holding that region's rates. */
        Builder lazyRegion(String region, Supplier<PriceCatalog> loader) {
            lazyRegions.put(region, loader);
            return this;
        }

        public Builder onDemand(String region, String type, Rate r) { rp(region).onDemand.put(type, r); return this; }

        public Builder reserved(String region, String type, ReservedKey k, ReservedRate r) {
            rp(region).reserved.computeIfAbsent(type, x -> new HashMap<>()).put(k, r);
            return this;
        }

        public Builder ec2SavingsPlan(String region, String type, SavingsPlanKey k, Rate r) {
            rp(region).ec2SavingsPlans.computeIfAbsent(type, x -> new HashMap<>()).put(k, r);
            return this;
        }

        public Builder spot(String region, String type, SpotRate r) { rp(region).spot.put(type, r); return this; }

        public Builder serviceRate(String region, String service, String dimension, Rate r) {
            rp(region).service.put(service + "/" + dimension, r);
            return this;
        }

        public Builder serviceSavingsPlan(String region, String service, String dimension, SavingsPlanKey k, Rate r) {
            rp(region).serviceSavingsPlans.computeIfAbsent(service + "/" + dimension, x -> new HashMap<>()).put(k, r);
            return this;
        }

        public Builder offer(String region, OfferInfo info) { rp(region).offers.put(info.service(), info); return this; }

        private RegionPrices rp(String region) { return regions.computeIfAbsent(region, k -> new RegionPrices()); }

        public PriceCatalog build() { return new PriceCatalog(this); }
    }

    /** A region's rates, or the way to read them once, on first use, by whichever thread asks first. */
    private static final class RegionSlot {
        private final String name;
        private Supplier<PriceCatalog> loader;
        private volatile RegionPrices loaded;

        RegionSlot(RegionPrices loaded) { this.name = null; this.loaded = loaded; }

        RegionSlot(String name, Supplier<PriceCatalog> loader) { this.name = name; this.loader = loader; }

        RegionPrices get() {
            RegionPrices p = loaded;
            if (p != null) return p;
            synchronized (this) {
                if (loaded == null) {
                    loaded = loader.get().regions.get(name).get();
                    loader = null;
                }
                return loaded;
            }
        }
    }

    private static final class RegionPrices {
        Map<String, Rate> onDemand = new HashMap<>();
        Map<String, Map<ReservedKey, ReservedRate>> reserved = new HashMap<>();
        Map<String, Map<SavingsPlanKey, Rate>> ec2SavingsPlans = new HashMap<>();
        Map<String, SpotRate> spot = new HashMap<>();
        Map<String, Rate> service = new HashMap<>();
        Map<String, Map<SavingsPlanKey, Rate>> serviceSavingsPlans = new HashMap<>();
        Map<String, OfferInfo> offers = new LinkedHashMap<>();

        RegionPrices freeze() {
            RegionPrices f = new RegionPrices();
            f.onDemand = Map.copyOf(onDemand);
            f.reserved = deep(reserved);
            f.ec2SavingsPlans = deep(ec2SavingsPlans);
            f.spot = Map.copyOf(spot);
            f.service = Map.copyOf(service);
            f.serviceSavingsPlans = deep(serviceSavingsPlans);
            f.offers = Collections.unmodifiableMap(new LinkedHashMap<>(offers));
            return f;
        }

        private static <K, V> Map<String, Map<K, V>> deep(Map<String, Map<K, V>> m) {
            Map<String, Map<K, V>> out = new HashMap<>();
            m.forEach((k, v) -> out.put(k, Map.copyOf(v)));
            return Map.copyOf(out);
        }
    }
}
