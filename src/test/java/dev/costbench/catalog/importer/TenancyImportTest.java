package dev.costbench.catalog.importer;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.ServiceRates;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An EC2 offer file with shared, Dedicated and Dedicated Host SKUs of m5 in eu-west-1 (fixture under
 * importer/tenancy): the Dedicated Instance and the On-Demand host rows are kept beside the shared rate, not dropped.
 */
class TenancyImportTest {

    private static final Path FILE = Fixtures.resources()
            .resolve("tenancy/offers/v1.0/aws/AmazonEC2/20250301120000/eu-west-1/index.json");

    private static PriceCatalog imported() {
        return new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(Fixtures.empty(), List.of(FILE)).catalog();
    }

    private static void assertPrice(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void dedicatedInstanceRowKeepsItsRateBesideTheSharedOne() {
        PriceCatalog c = imported();
        // the shared Linux SKU is 0.107 an hour, its Dedicated twin 0.118 (0.107 × 1.1 = 0.1177, AWS rounds to 0.118)
        assertPrice("0.107", c.onDemand("eu-west-1", "m5.large").orElseThrow().usd());
        assertPrice("0.118", c.serviceRate("eu-west-1", ServiceRates.EC2_DEDICATED, "m5.large").orElseThrow().usd());
        assertTrue(c.serviceRate("eu-west-1", ServiceRates.EC2_DEDICATED, "m5.large").orElseThrow().provenance().source()
                .contains("AmazonEC2"));
    }

    @Test
    void dedicatedHostRowIsKeptPerFamilyAndItsReservationLineIsNot() {
        PriceCatalog c = imported();
        // HostUsage:m5 at 5.65 a host-hour; the ReservedHostUsage:m5 SKU (9.99 in the fixture) is not an On-Demand host
        assertPrice("5.65", c.serviceRate("eu-west-1", ServiceRates.EC2_HOST, "m5").orElseThrow().usd());
        assertEquals("hour", c.serviceRate("eu-west-1", ServiceRates.EC2_HOST, "m5").orElseThrow().unit());
        assertFalse(c.serviceRate("eu-west-1", ServiceRates.EC2_HOST, "m5.large").isPresent());
        // Windows stays out: no Windows rate under either key
        assertEquals(Set.of("m5.large"), c.pricedInstanceTypes("eu-west-1"));
    }
}
