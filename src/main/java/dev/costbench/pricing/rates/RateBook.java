package dev.costbench.pricing.rates;

import dev.costbench.catalog.PriceCatalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rates of one region, looked up in the catalog once per instance type or service dimension and then
 * reused on every reprice (the catalog is immutable, so the bundles never go stale).
 */
public final class RateBook {
    private final PriceCatalog catalog;
    private final String region;
    private final Map<String, InstanceRates> instances = new ConcurrentHashMap<>();
    private final Map<String, InstanceRates> dedicated = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ServiceDimension>> services = new ConcurrentHashMap<>();

    public RateBook(PriceCatalog catalog, String region) {
        this.catalog = catalog;
        this.region = region;
    }

    public String region() { return region; }

    private final Map<String, RateBook> otherRegions = new ConcurrentHashMap<>();

    /** The rates of {@code other}, for traffic a block sends from a region other than the scenario's. */
    public RateBook in(String other) {
        return other.equals(region) ? this : otherRegions.computeIfAbsent(other, r -> new RateBook(catalog, r));
    }

    public boolean regionKnown() { return catalog.hasRegion(region); }

    public InstanceRates instance(String type) {
        InstanceRates r = instances.get(type);
        return r != null ? r : instances.computeIfAbsent(type, t -> new InstanceRates(catalog, region, t));
    }

    /** The rates of {@code type} run as Dedicated Instances (see {@link DedicatedRates}). */
    public InstanceRates dedicatedInstance(String type) {
        InstanceRates r = dedicated.get(type);
        return r != null ? r : dedicated.computeIfAbsent(type, t -> new InstanceRates(catalog, region, t, true));
    }

    /** The catalog's instance type (vCPU, family, size), or null when it does not know it. */
    public dev.costbench.catalog.InstanceType instanceType(String type) { return catalog.instanceType(type).orElse(null); }

    /** The instance types the catalog knows, for a Dedicated Host's family. */
    public java.util.Collection<dev.costbench.catalog.InstanceType> instanceTypes() { return catalog.instanceTypes(); }

    public ServiceDimension service(String service, String dimension) {
        Map<String, ServiceDimension> dims = services.computeIfAbsent(service, s -> new ConcurrentHashMap<>());
        ServiceDimension d = dims.get(dimension);
        return d != null ? d : dims.computeIfAbsent(dimension, k -> new ServiceDimension(catalog, region, service, k));
    }
}
