package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.catalog.importer.ImportMonitor;
import dev.costbench.catalog.importer.PriceImporter;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dedicated Host Reservations priced from an imported offer file (the importer's eu-west-1 c3 fixture: On-Demand $2.103 a
 * host-hour; reservations 1y No Upfront $1.45/h, 1y Partial $6,300 + $0.72/h, 1y All $12,348, 3y All $24,696, made up in
 * AWS's row format), the same option families as instance RIs (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_HostOffering.html:
 * per family, 1 or 3 years, no/partial/all upfront; no convertible class). gp3 $0.088 per GB-month in eu-west-1.
 */
class HostReservationPricingTest {
    private static final Path FILE = Path.of(System.getProperty("costbench.project.dir", "."),
            "src/test/resources/importer/hostreservation/offers/v1.0/aws/AmazonEC2/20250301120000/eu-west-1/index.csv");
    private static final PriceCatalog CATALOG =
            new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(CatalogLoader.bundled(), List.of(FILE)).catalog();

    private static PurchaseOption ri(Term t, OfferingClass c, Payment p) { return PurchaseOption.of(new ReservedKey(t, c, p)); }

    private static BlockCost hosts() {
        // 10 × c3.2xlarge (8 vCPU) on c3 hosts: c3's largest size c3.8xlarge has 32 vCPU, so 4 a host: ceil(10 ÷ 4) = 3 hosts
        Ec2Instances fleet = new Ec2Instances("db", "db", 0, 0, null, "c3.2xlarge", 10, 20, null, Tenancy.HOST, Map.of());
        return new PricingEngine(CATALOG).price(new Scenario("hosts", "eu-west-1", List.of(fleet), List.of(), PurchaseOption.ON_DEMAND, false))
                .blocks().getFirst();
    }

    @Test
    void hostReservationsArePricedPerHostUnderEachOffer() {
        BlockCost b = hosts();
        // EBS on every option: 10 × 20 GB × 0.088 = 17.60
        // On-Demand: 3 × 2.103 × 730 = 4,605.57 + 17.60                                             4,623.17
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("3", line(od, "ec2.hosts").quantity());
        assertExactly("4623.17", od.monthlyEffective());
        // 1y No Upfront: 3 × 1.45 × 730 = 3,175.50 + 17.60; no upfront line                         3,193.10
        OptionCost noUpfront = option(b, ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT));
        assertExactly("3193.1", noUpfront.monthlyEffective());
        assertTrue(noUpfront.lines().stream().noneMatch(l -> l.component().equals("ec2.hosts.ri.upfront")));
        // 1y Partial Upfront: 3 × 6,300 = 18,900 once, ÷ 12 = 1,575.00 a month; 3 × 0.72 × 730 = 1,576.80; + 17.60  3,169.40
        OptionCost partial = option(b, ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.PARTIAL_UPFRONT));
        assertExactly("18900", partial.upfront());
        assertExactly("1575", line(partial, "ec2.hosts.ri.upfront").monthly());
        assertExactly("1576.8", line(partial, "ec2.hosts.ri.hourly").monthly());
        assertExactly("3169.4", partial.monthlyEffective());
        // 1y All Upfront: 3 × 12,348 = 37,044 once, ÷ 12 = 3,087.00; no hourly line; + 17.60          3,104.60
        OptionCost all = option(b, ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT));
        assertExactly("37044", all.upfront());
        assertExactly("3104.6", all.monthlyEffective());
        assertTrue(all.lines().stream().noneMatch(l -> l.component().equals("ec2.hosts.ri.hourly")));
        // 3y All Upfront: 3 × 24,696 ÷ 36 = 3 × 686 = 2,058.00 + 17.60                                2,075.60
        assertExactly("2075.6", option(b, ri(Term.THREE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT)).monthlyEffective());
    }

    @Test
    void hostReservationsInUsEast1() {
        // us-east-1 m5 host reservations, fixture rates put straight in the catalog (none is shipped): 1y No Upfront $4.00 a
        // host-hour (fee 0), 1y All Upfront $24,000 a host (hourly 0). 30 × m5.xlarge (4 vCPU) on m5 hosts of 96 vCPU
        // (m5.24xlarge): 24 a host, ceil(30 ÷ 24) = 2 hosts; no EBS.
        var fixture = new dev.costbench.catalog.Provenance("fixture", "host reservation fixture", "2025-03-01",
                dev.costbench.catalog.Basis.PUBLISHED, null);
        var noUpfront = new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT);
        var allUpfront = new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT);
        PriceCatalog c = CatalogLoader.bundled().toBuilder()
                .serviceRate("us-east-1", ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension("m5", noUpfront, false), rate("4.00", "hour", fixture))
                .serviceRate("us-east-1", ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension("m5", noUpfront, true), rate("0", "host", fixture))
                .serviceRate("us-east-1", ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension("m5", allUpfront, false), rate("0", "hour", fixture))
                .serviceRate("us-east-1", ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension("m5", allUpfront, true), rate("24000", "host", fixture))
                .build();
        Ec2Instances fleet = new Ec2Instances("db", "db", 0, 0, null, "m5.xlarge", 30, 0, null, Tenancy.HOST, Map.of());
        BlockCost b = new PricingEngine(c).price(new Scenario("hosts", "us-east-1", List.of(fleet), List.of(), PurchaseOption.ON_DEMAND, false))
                .blocks().getFirst();
        // 1y No Upfront: 2 × 4.00 × 730 = 5,840.00
        OptionCost none = option(b, ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT));
        assertExactly("2", line(none, "ec2.hosts.ri.hourly").quantity());
        assertExactly("5840", none.monthlyEffective());
        // 1y All Upfront: 2 × 24,000 = 48,000 once, ÷ 12 = 4,000.00 a month
        OptionCost all = option(b, ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT));
        assertExactly("48000", all.upfront());
        assertExactly("4000", all.monthlyEffective());
        // On-Demand: no us-east-1 host rate is shipped, so missing, never $0
        assertEquals(OptionCost.Status.MISSING, option(b, PurchaseOption.ON_DEMAND).status());
    }

    private static dev.costbench.catalog.Rate rate(String usd, String unit, dev.costbench.catalog.Provenance p) {
        return new dev.costbench.catalog.Rate(new java.math.BigDecimal(usd), unit, p);
    }

    @Test
    void anOfferTheFileLacksIsMissingAndConvertibleIsNotApplicable() {
        BlockCost b = hosts();
        OptionCost threeYearNoUpfront = option(b, ri(Term.THREE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT));
        assertEquals(OptionCost.Status.MISSING, threeYearNoUpfront.status());
        assertEquals("ec2 dedicated host reservation 3y/standard/no-upfront c3 in eu-west-1", threeYearNoUpfront.missing().getFirst().describe());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, ri(Term.ONE_YEAR, OfferingClass.CONVERTIBLE, Payment.NO_UPFRONT)).status());
    }
}
