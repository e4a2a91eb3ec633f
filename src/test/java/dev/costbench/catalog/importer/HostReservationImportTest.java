package dev.costbench.catalog.importer;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A CSV offer file in AWS's (and ligoj's fixture's) column layout with a c3 Dedicated Host of eu-west-1: its On-Demand
 * host-hour and its Reserved rows (TermType Reserved, product family Dedicated Host, tenancy Host) are kept per family
 * and offer; a convertible host offer, which AWS does not sell, is not.
 */
class HostReservationImportTest {
    static final Path FILE = Fixtures.resources()
            .resolve("hostreservation/offers/v1.0/aws/AmazonEC2/20250301120000/eu-west-1/index.csv");

    private static PriceCatalog imported() {
        return new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(Fixtures.empty(), List.of(FILE)).catalog();
    }

    private static BigDecimal rate(PriceCatalog c, ReservedKey key, boolean upfront) {
        return c.serviceRate("eu-west-1", ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension("c3", key, upfront))
                .orElseThrow(() -> new AssertionError(key.key() + (upfront ? " upfront" : " hourly"))).usd();
    }

    private static ReservedKey key(Term t, Payment p) { return new ReservedKey(t, OfferingClass.STANDARD, p); }

    private static void assertPrice(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void hostReservationsAreKeptPerFamilyAndOfferBesideTheOnDemandHostHour() {
        PriceCatalog c = imported();
        // the On-Demand row: "$2.103 per On Demand C3 Dedicated Host Hour", EU-HostUsage:c3
        assertPrice("2.103", c.serviceRate("eu-west-1", ServiceRates.EC2_HOST, "c3").orElseThrow().usd());
        // 1yr No Upfront: only an hourly rate, so the fee is 0
        assertPrice("1.45", rate(c, key(Term.ONE_YEAR, Payment.NO_UPFRONT), false));
        assertPrice("0", rate(c, key(Term.ONE_YEAR, Payment.NO_UPFRONT), true));
        // 1yr Partial Upfront: a Quantity fee per host and an hourly rate
        assertPrice("6300", rate(c, key(Term.ONE_YEAR, Payment.PARTIAL_UPFRONT), true));
        assertPrice("0.72", rate(c, key(Term.ONE_YEAR, Payment.PARTIAL_UPFRONT), false));
        // All Upfront, 1 and 3 years (the 3-year row names its class, standard; the others name none)
        assertPrice("12348", rate(c, key(Term.ONE_YEAR, Payment.ALL_UPFRONT), true));
        assertPrice("24696", rate(c, key(Term.THREE_YEAR, Payment.ALL_UPFRONT), true));
        assertPrice("0", rate(c, key(Term.THREE_YEAR, Payment.ALL_UPFRONT), false));
        assertEquals("host", c.serviceRate("eu-west-1", ServiceRates.EC2_HOST_RESERVED,
                ServiceRates.hostReservedDimension("c3", key(Term.THREE_YEAR, Payment.ALL_UPFRONT), true)).orElseThrow().unit());
        // the convertible row is not a host reservation AWS sells, under neither class's key
        ReservedKey convertible = new ReservedKey(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.NO_UPFRONT);
        assertFalse(c.serviceRate("eu-west-1", ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension("c3", convertible, false)).isPresent());
        assertFalse(c.serviceRate("eu-west-1", ServiceRates.EC2_HOST_RESERVED,
                ServiceRates.hostReservedDimension("c3", key(Term.THREE_YEAR, Payment.NO_UPFRONT), false)).isPresent());
    }
}
