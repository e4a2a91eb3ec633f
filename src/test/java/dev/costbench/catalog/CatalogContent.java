package dev.costbench.catalog;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares two catalogs part by part, so a failure names the region and part that differ. */
public final class CatalogContent {
    private CatalogContent() {}

    public static void assertSameContent(PriceCatalog expected, PriceCatalog actual) {
        assertEquals(expected.version(), actual.version(), "version");
        assertEquals(expected.asOf(), actual.asOf(), "asOf");
        assertEquals(byName(expected), byName(actual), "instance types");
        assertEquals(new TreeMap<>(expected.sources()), new TreeMap<>(actual.sources()), "sources");
        assertEquals(expected.regions(), actual.regions(), "regions");
        for (String region : expected.regions()) {
            PriceCatalog.RegionView e = expected.region(region), a = actual.region(region);
            assertEquals(e.onDemand(), a.onDemand(), region + " onDemand");
            assertEquals(e.reserved(), a.reserved(), region + " reserved");
            assertEquals(e.ec2SavingsPlans(), a.ec2SavingsPlans(), region + " savings plans");
            assertEquals(e.spot(), a.spot(), region + " spot");
            assertEquals(e.service(), a.service(), region + " services");
            assertEquals(e.serviceSavingsPlans(), a.serviceSavingsPlans(), region + " service savings plans");
            assertEquals(e.offers(), a.offers(), region + " offers");
        }
    }

    private static Map<String, InstanceType> byName(PriceCatalog c) {
        Map<String, InstanceType> m = new TreeMap<>();
        c.instanceTypes().forEach(t -> m.put(t.name(), t));
        return m;
    }
}
