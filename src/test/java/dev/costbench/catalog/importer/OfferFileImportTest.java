package dev.costbench.catalog.importer;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.InstanceType;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.catalog.SpotRate;
import dev.costbench.model.purchase.Term;
import dev.costbench.model.Architecture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.costbench.catalog.importer.Fixtures.aws;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each AWS file form imported from the fixtures, with a rate checked against the fixture's own figure. */
class OfferFileImportTest {

    private static PriceImporter.Result importAll(Set<String> regions, Path... paths) {
        return new PriceImporter(regions, ImportMonitor.SILENT).apply(Fixtures.empty(), List.of(paths));
    }

    private static PriceCatalog importFiles(Path... paths) { return importAll(Set.of(), paths).catalog(); }

    private static BigDecimal d(String s) { return new BigDecimal(s); }

    private static void assertPrice(String expected, BigDecimal actual) {
        assertEquals(0, d(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void ec2JsonKeepsOnlyLinuxSharedUsedInstancesAndGp3() {
        PriceCatalog c = importFiles(aws(Fixtures.EC2_EU));
        // m5.large has Windows 0.199, Dedicated 0.118 (kept as ec2_dedicated), SQL Web 0.132, Local Zone 0.129 SKUs too; Linux/Shared/Used is 0.107
        Rate od = c.onDemand("eu-west-1", "m5.large").orElseThrow();
        assertPrice("0.107", od.usd());
        assertEquals("hour", od.unit());
        assertEquals(Basis.PUBLISHED, od.provenance().basis());
        assertEquals("2025-03-01", od.provenance().asOf());
        assertTrue(od.provenance().source().contains("eu-west-1/index.json"), od.provenance().source());
        assertTrue(od.provenance().source().contains("AmazonEC2") && od.provenance().source().contains("20250301120000"));
        assertPrice("0.089", c.onDemand("eu-west-1", "m7g.large").orElseThrow().usd());
        // gp3 0.088 per GB-month; gp2 (0.11) is not imported
        assertPrice("0.088", c.serviceRate("eu-west-1", ServiceRates.EBS, ServiceRates.EBS_GP3).orElseThrow().usd());
        assertEquals(Set.of("m5.large", "m7g.large"), c.pricedInstanceTypes("eu-west-1"));
        assertEquals("2025-03-01", c.offers("eu-west-1").get("ec2").publicationDate());
        assertEquals("AmazonEC2 offer file 20250301120000", c.offers("eu-west-1").get("ec2").version());
        assertEquals(Set.of("ec2", "ec2_reserved", "ebs", "ec2_dedicated"), c.offers("eu-west-1").keySet());
    }

    @Test
    void ec2JsonReadsAllTwelveReservedOffersFromTheirTermAttributes() {
        PriceCatalog c = importFiles(aws(Fixtures.EC2_EU));
        int offers = 0;
        for (Term t : Term.values())
            for (OfferingClass k : OfferingClass.values())
                for (Payment p : Payment.values())
                    if (c.reserved("eu-west-1", "m5.large", new ReservedKey(t, k, p)).isPresent()) offers++;
        assertEquals(12, offers);
        // 1yr standard Partial Upfront: "Quantity" 328 upfront + "Hrs" 0.037
        ReservedRate partial = c.reserved("eu-west-1", "m5.large",
                new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertPrice("328", partial.upfront());
        assertPrice("0.037", partial.hourly());
        // 3yr convertible No Upfront has no upfront fee dimension: upfront 0, hourly 0.055
        ReservedRate none = c.reserved("eu-west-1", "m5.large",
                new ReservedKey(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.NO_UPFRONT)).orElseThrow();
        assertPrice("0", none.upfront());
        assertPrice("0.055", none.hourly());
    }

    @Test
    void ec2JsonAddsSpecsOfTypesFromTheProduct() {
        InstanceType m7g = importFiles(aws(Fixtures.EC2_EU)).instanceType("m7g.large").orElseThrow();
        assertEquals(2, m7g.vcpu());
        assertPrice("8", m7g.memoryGib());
        assertEquals(Set.of(Architecture.ARM64), m7g.architectures());
        assertEquals("m7g", m7g.family());
    }

    @Test
    void ec2CsvJoinsTheUpfrontAndHourlyLinesOfAReservedOffer() {
        PriceCatalog c = importFiles(aws(Fixtures.EC2_US_WEST_CSV));
        assertPrice("0.096", c.onDemand("us-west-2", "m5.large").orElseThrow().usd());
        // the hourly line (0.028) is the 2nd data line, the upfront fee (736) the last
        ReservedRate r = c.reserved("us-west-2", "m5.large",
                new ReservedKey(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertPrice("736", r.upfront());
        assertPrice("0.028", r.hourly());
        assertPrice("0.08", c.serviceRate("us-west-2", ServiceRates.EBS, ServiceRates.EBS_GP3).orElseThrow().usd());
        assertEquals(Set.of("m5.large", "c7g.xlarge"), c.pricedInstanceTypes("us-west-2"));
        assertTrue(c.instanceType("c7g.xlarge").orElseThrow().isArm());
    }

    @Test
    void fargateAndFargateSpotComeFromTheEcsOffer() {
        PriceCatalog c = importFiles(aws(Fixtures.ECS_EU));
        assertPrice("0.04048", c.serviceRate("eu-west-1", ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU).orElseThrow().usd());
        assertPrice("0.00356", c.serviceRate("eu-west-1", ServiceRates.FARGATE, ServiceRates.FARGATE_ARM_GB).orElseThrow().usd());
        assertPrice("0.01285", c.serviceRate("eu-west-1", ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_VCPU).orElseThrow().usd());
        assertPrice("0.00141", c.serviceRate("eu-west-1", ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_GB).orElseThrow().usd());
        assertPrice("0.000122", c.serviceRate("eu-west-1", ServiceRates.FARGATE, ServiceRates.FARGATE_EPHEMERAL).orElseThrow().usd());
        // Windows Fargate (0.09148) has no catalog dimension
        assertEquals(0, c.serviceRate("eu-west-1", ServiceRates.FARGATE, "windows_x86_vcpu_hour").map(r -> 1).orElse(0));
    }

    @Test
    void lambdaDurationTiersFollowTheirBeginRangeNotTheirOrderInTheFile() {
        PriceCatalog c = importFiles(aws(Fixtures.LAMBDA_EU));
        // the x86 tiers are written 3, 2, 1 in the fixture; tier 2 begins at 6,000,000,000 GB-s
        assertPrice("0.0000166667", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1).orElseThrow().usd());
        assertPrice("0.000015", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER2).orElseThrow().usd());
        assertPrice("0.0000106667", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_ARM_TIER3).orElseThrow().usd());
        assertPrice("0.0000002", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_REQUESTS).orElseThrow().usd());
        assertPrice("0.0000041667", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_X86).orElseThrow().usd());
        assertPrice("0.0000077778", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_DURATION_ARM).orElseThrow().usd());
        assertPrice("0.0000000309", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_EPHEMERAL).orElseThrow().usd());
        assertEquals("GB-second", c.serviceRate("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1).orElseThrow().unit());
    }

    @Test
    void loadBalancersAreToldApartByProductFamily() {
        PriceCatalog c = importFiles(aws(Fixtures.ELB_EU));
        assertPrice("0.0252", c.serviceRate("eu-west-1", ServiceRates.ELB, ServiceRates.ALB_HOUR).orElseThrow().usd());
        assertPrice("0.008", c.serviceRate("eu-west-1", ServiceRates.ELB, ServiceRates.ALB_LCU_HOUR).orElseThrow().usd());
        // the Classic (0.028) and Gateway (0.014) load balancers share the LoadBalancerUsage usage type
        assertPrice("0.0252", c.serviceRate("eu-west-1", ServiceRates.ELB, ServiceRates.NLB_HOUR).orElseThrow().usd());
        assertPrice("0.006", c.serviceRate("eu-west-1", ServiceRates.ELB, ServiceRates.NLB_NLCU_HOUR).orElseThrow().usd());
    }

    @Test
    void eksExtendedSupportHourIsTheStandardHourPlusTheSurcharge() {
        PriceCatalog c = importFiles(aws(Fixtures.EKS_EU));
        assertPrice("0.10", c.serviceRate("eu-west-1", ServiceRates.EKS, ServiceRates.EKS_STANDARD).orElseThrow().usd());
        // 0.10 standard + 0.50 extended-support surcharge
        assertPrice("0.60", c.serviceRate("eu-west-1", ServiceRates.EKS, ServiceRates.EKS_EXTENDED).orElseThrow().usd());
    }

    @Test
    void savingsPlansRatesForLinuxEc2FargateAndLambda() {
        PriceCatalog c = importFiles(aws(Fixtures.SP_EU));
        SavingsPlanKey compute1y = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);
        // 0.0813 is the RunInstances rate; the Windows (RunInstances:0002, 0.1733) and Dedicated rates are skipped
        Rate ec2 = c.ec2SavingsPlan("eu-west-1", "m5.large", compute1y).orElseThrow();
        assertPrice("0.0813", ec2.usd());
        assertEquals(Basis.PUBLISHED, ec2.provenance().basis());
        assertEquals("2025-02-25", ec2.provenance().asOf());
        assertPrice("0.0423", c.ec2SavingsPlan("eu-west-1", "m5.large",
                new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.THREE_YEAR, Payment.ALL_UPFRONT)).orElseThrow().usd());
        // this plan's sku comes after its rates in the file
        assertPrice("0.0712", c.ec2SavingsPlan("eu-west-1", "m5.large",
                new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.ONE_YEAR, Payment.NO_UPFRONT)).orElseThrow().usd());
        assertPrice("0.032384", c.serviceSavingsPlan("eu-west-1", ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU, compute1y).orElseThrow().usd());
        assertPrice("0.002848", c.serviceSavingsPlan("eu-west-1", ServiceRates.FARGATE, ServiceRates.FARGATE_ARM_GB, compute1y).orElseThrow().usd());
        assertPrice("0.000015", c.serviceSavingsPlan("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1, compute1y).orElseThrow().usd());
        assertPrice("0.00000375", c.serviceSavingsPlan("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_X86, compute1y).orElseThrow().usd());
        assertEquals("2025-02-25", c.offers("eu-west-1").get("savings_plans").publicationDate());
    }

    @Test
    void lambdaSavingsPlanTiersTwoAndThreeTakeTierOnesDiscountAsEstimates() {
        PriceCatalog c = importFiles(aws(Fixtures.LAMBDA_EU), aws(Fixtures.SP_EU));
        SavingsPlanKey compute1y = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);
        // tier 2: 0.000015 × (0.000015 ÷ 0.0000166667) = 0.0000134999730 → 6 digits 0.0000135000
        Rate tier2 = c.serviceSavingsPlan("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER2, compute1y).orElseThrow();
        assertPrice("0.0000135", tier2.usd());
        assertEquals(Basis.ESTIMATED, tier2.provenance().basis());
        // tier 3: 0.0000133334 × (0.000015 ÷ 0.0000166667) = 0.0000120000360 → 0.0000120000
        assertPrice("0.000012", c.serviceSavingsPlan("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER3, compute1y).orElseThrow().usd());
        assertEquals(Basis.PUBLISHED, c.serviceSavingsPlan("eu-west-1", ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1, compute1y)
                .orElseThrow().provenance().basis());
    }

    @Test
    void savingsPlansJunkIsSkipped() {
        PriceImporter.Result r = importAll(Set.of(), aws(Fixtures.SP_EU));
        PriceCatalog c = r.catalog();
        SavingsPlanKey compute1y = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);
        // the Fargate GB-hour rate has an __INCOMPLETE__ rate code; the EUW3 rate belongs to eu-west-3, not this file
        assertTrue(c.serviceSavingsPlan("eu-west-1", ServiceRates.FARGATE, ServiceRates.FARGATE_X86_GB, compute1y).isEmpty());
        assertFalse(c.hasRegion("eu-west-3"));
        assertTrue(r.summary().notes().stream().anyMatch(n -> n.contains("malformed rate codes")), r.summary().notes().toString());
        assertTrue(r.summary().notes().stream().anyMatch(n -> n.contains("regions other than eu-west-1")), r.summary().notes().toString());
    }

    @Test
    void spotPriceHistoryAveragesEachZoneThenTheZones() {
        PriceCatalog c = importFiles(Fixtures.spot("describe-spot-price-history.json"));
        // eu-west-1a: (0.040 + 0.044) / 2 = 0.042; 1b: 0.036; 1c: 0.038 → (0.042 + 0.036 + 0.038) / 3 = 0.0386666…
        SpotRate m5 = c.spot("eu-west-1", "m5.large").orElseThrow();
        assertEquals(0, m5.hourly().setScale(10, java.math.RoundingMode.HALF_UP).compareTo(d("0.0386666667")));
        assertEquals(Basis.PUBLISHED, m5.provenance().basis());
        assertEquals("2025-03-03", m5.provenance().asOf());
        // the Windows price and the Los Angeles Local Zone price are not Linux regional prices
        assertEquals(Set.of("eu-west-1"), c.regions());
    }

    @Test
    void spotAdvisorEstimatesFromTheRegionsOnDemandRate() {
        PriceImporter.Result r = importAll(Set.of(), aws(Fixtures.EC2_EU), Fixtures.spot("spot-advisor-data.json"));
        SpotRate m5 = r.catalog().spot("eu-west-1", "m5.large").orElseThrow();
        // 0.107 On-Demand × (1 − 62%) = 0.04066
        assertPrice("0.04066", m5.hourly());
        assertEquals(1, m5.interruptionBucket());
        assertEquals("5-10%", m5.interruptionLabel());
        assertEquals(Basis.ESTIMATED, m5.provenance().basis());
        // x9z.huge has no On-Demand price, and us-west-2 has no On-Demand rates in this import
        assertTrue(r.catalog().spot("eu-west-1", "x9z.huge").isEmpty());
        assertTrue(r.summary().notes().stream().anyMatch(n -> n.contains("no On-Demand price")));
        assertEquals(2, r.summary().spotEstimates()); // m5.large and m7g.large in eu-west-1
    }

    @Test
    void publishedSpotPriceKeepsItsPriceAndTakesTheAdvisorsBucket() {
        PriceCatalog c = importFiles(aws(Fixtures.EC2_EU), Fixtures.spot("spot-advisor-data.json"),
                Fixtures.spot("describe-spot-price-history.json"));
        SpotRate m5 = c.spot("eu-west-1", "m5.large").orElseThrow();
        assertEquals(Basis.PUBLISHED, m5.provenance().basis());
        assertEquals(0, m5.hourly().setScale(6, java.math.RoundingMode.HALF_UP).compareTo(d("0.038667")));
        assertEquals(1, m5.interruptionBucket());
    }

    @Test
    void aFolderLaidOutAsAwsPublishesImportsEveryRegionItLists() {
        PriceImporter.Result r = importAll(Set.of(), aws());
        PriceCatalog c = r.catalog();
        assertEquals(Set.of("eu-west-1", "us-west-2"), c.regions());
        // us-west-2's region index entry names index.json; the folder holds the CSV form
        assertPrice("0.096", c.onDemand("us-west-2", "m5.large").orElseThrow().usd());
        assertPrice("0.60", c.serviceRate("eu-west-1", ServiceRates.EKS, ServiceRates.EKS_EXTENDED).orElseThrow().usd());
        assertPrice("0.0813", c.ec2SavingsPlan("eu-west-1", "m5.large",
                new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT)).orElseThrow().usd());
        assertEquals(Set.of("ec2", "ec2_reserved", "ec2_dedicated", "ebs", "fargate", "fargate_spot", "lambda", "elb", "eks", "savings_plans"),
                c.offers("eu-west-1").keySet());
        assertEquals(7, r.summary().files().size());
    }

    @Test
    void regionFilterKeepsOnlyTheNamedRegions() {
        PriceCatalog c = importAll(Set.of("us-west-2"), aws()).catalog();
        assertEquals(Set.of("us-west-2"), c.regions());
    }

    @Test
    void aRegionIndexAloneImportsItsServicesRegions() {
        PriceCatalog c = importFiles(aws(Fixtures.EC2_REGION_INDEX));
        assertEquals(Set.of("eu-west-1", "us-west-2"), c.regions());
        assertTrue(c.offers("eu-west-1").containsKey("ec2"));
    }
}
