package dev.costbench.catalog;

import dev.costbench.model.purchase.Term;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import dev.costbench.model.Architecture;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static dev.costbench.catalog.ServiceRates.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rates of the shipped catalog, each worked out by hand from the reference data and the rules in docs/pricing-data.md. */
class ShippedCatalogTest {
    private static final String US_EAST_1 = "us-east-1";
    private final PriceCatalog catalog = CatalogLoader.bundled();

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static ReservedKey ri(Term t, OfferingClass c, Payment p) { return new ReservedKey(t, c, p); }

    @Test
    void m5XlargeOnDemandIsThePublishedPrice() {
        Rate r = catalog.onDemand(US_EAST_1, "m5.xlarge").orElseThrow();
        assertAmount("0.192", r.usd());
        assertEquals("hour", r.unit());
        assertEquals(Basis.PUBLISHED, r.provenance().basis());
        assertEquals("2026-07-20", r.provenance().asOf());
    }

    @Test
    void m5LargeReservedOffersComeFromThePriceList() {
        ReservedRate allUpfront = catalog.reserved(US_EAST_1, "m5.large",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT)).orElseThrow();
        assertAmount("494", allUpfront.upfront());
        assertAmount("0", allUpfront.hourly());
        assertEquals(Basis.PUBLISHED, allUpfront.provenance().basis());
        ReservedRate partial3y = catalog.reserved(US_EAST_1, "m5.large",
                ri(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertAmount("592", partial3y.upfront());
        assertAmount("0.023", partial3y.hourly());
    }

    @Test
    void publishedAnchorIsUsedWhereOnDemandIsUnchangedSince2023() {
        // 2023-08: m5.xlarge OD 0.192 (= today's), 1y std all-upfront effective 0.1129 → upfront 0.1129 × 8760 = 989.004 → $989.00
        ReservedRate r = catalog.reserved(US_EAST_1, "m5.xlarge",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT)).orElseThrow();
        assertAmount("989", r.upfront());
        assertAmount("0", r.hourly());
        assertEquals(Basis.PUBLISHED, r.provenance().basis());
        // its No Upfront rates are AWS's published 2025-04 ones (feed On-Demand 0.192 = today's): 1y convertible 0.141,
        // no longer m5.large's 0.071 scaled by the 2023 anchor (0.1421443, +0.8%; for 3y convertible that rule gave +2.1%)
        ReservedRate convertible = catalog.reserved(US_EAST_1, "m5.xlarge",
                ri(Term.ONE_YEAR, OfferingClass.CONVERTIBLE, Payment.NO_UPFRONT)).orElseThrow();
        assertAmount("0.141", convertible.hourly());
        assertEquals(Basis.PUBLISHED, convertible.provenance().basis());
        // 3y convertible Partial Upfront follows m5.large's ($592 + $0.023/h) × (0.097 ÷ 0.049 = 1.97959184):
        // 592 × 1.97959184 = 1,171.918 → $1,171.92; 0.023 × 1.97959184 = 0.04553061 → 0.0455306
        ReservedRate partial = catalog.reserved(US_EAST_1, "m5.xlarge",
                ri(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertAmount("1171.92", partial.upfront());
        assertAmount("0.0455306", partial.hourly());
        assertEquals(Basis.ESTIMATED, partial.provenance().basis());
    }

    @Test
    void reservedOfferOfANewGenerationIsEstimatedFromTheMeasuredRatio() {
        // c8a.xlarge (launched after the 2025-04 feed, so no published No Upfront) OD 0.21554; no generation-8 types
        // in 2023-08, so generation 7's median ratio 0.6171 applies:
        // 1y std all-upfront effective = 0.21554 × 0.6171 = 0.133009734; factor = 0.133009734 × 8760 / 494 = 2.3586348
        // 1y standard no-upfront = m5.large's 0.06 × 2.3586348 = 0.14151809 → 0.141518 (6 significant digits)
        // 1y standard partial-upfront = 252 × 2.3586348 = 594.376 → $594.38 upfront, 0.029 × 2.3586348 = 0.06840041 → 0.0684004 hourly
        ReservedRate noUpfront = catalog.reserved(US_EAST_1, "c8a.xlarge",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT)).orElseThrow();
        assertAmount("0", noUpfront.upfront());
        assertAmount("0.141518", noUpfront.hourly());
        ReservedRate partial = catalog.reserved(US_EAST_1, "c8a.xlarge",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertAmount("594.38", partial.upfront());
        assertAmount("0.0684004", partial.hourly());
        assertEquals(Basis.ESTIMATED, partial.provenance().basis());
        assertTrue(partial.provenance().rule().contains("0.6171"), partial.provenance().rule());
    }

    @Test
    void x2iednReservedOffersArePublishedEffectiveHourlies() {
        // 1y standard all-upfront effective 15.319521 × 8760 h = 134,199.00
        ReservedRate allUpfront = catalog.reserved(US_EAST_1, "x2iedn.32xlarge",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT)).orElseThrow();
        assertAmount("134199", allUpfront.upfront());
        assertEquals(Basis.PUBLISHED, allUpfront.provenance().basis());
        // partial: effective 15.632166; m5.large's upfront share 252 / (252 + 0.029 × 8760) = 252 / 506.04 = 0.4979844
        // upfront 15.632166 × 8760 × 0.4979844 = 68,192.87; hourly 15.632166 × 0.5020156 = 7.847592
        ReservedRate partial = catalog.reserved(US_EAST_1, "x2iedn.32xlarge",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertAmount("68192.87", partial.upfront());
        assertAmount("7.84759", partial.hourly());
        assertEquals(Basis.ESTIMATED, partial.provenance().basis());
    }

    @Test
    void ec2SavingsPlansFollowTheReservedOfferOfTheSameTermAndPayment() {
        // Compute 1y partial = m5.large convertible 1y partial effective: 294 / 8760 + 0.034 = 0.06756164 → 0.0675616
        Rate compute = catalog.ec2SavingsPlan(US_EAST_1, "m5.large",
                new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertAmount("0.0675616", compute.usd());
        // EC2 Instance 3y all-upfront = m5.large standard 3y all-upfront effective: 949 / 26280 = 0.03611111 → 0.0361111
        Rate instance = catalog.ec2SavingsPlan(US_EAST_1, "m5.large",
                new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.THREE_YEAR, Payment.ALL_UPFRONT)).orElseThrow();
        assertAmount("0.0361111", instance.usd());
        assertEquals(Basis.ESTIMATED, instance.provenance().basis());
    }

    @Test
    void spotIsOnDemandLessTheAdvisorSavings() {
        // Spot Advisor 2025-06-28: m5.xlarge us-east-1 Linux saves 66%, range 4 → 0.192 × (1 − 0.66) = 0.06528
        SpotRate s = catalog.spot(US_EAST_1, "m5.xlarge").orElseThrow();
        assertAmount("0.06528", s.hourly());
        assertEquals(4, s.interruptionBucket());
        assertEquals(">20%", s.interruptionLabel());
        assertEquals(Basis.ESTIMATED, s.provenance().basis());
        assertEquals("On-Demand × (1 − Spot Advisor savings %)", s.provenance().rule());
        assertTrue(catalog.spot("us-gov-west-1", "m5.xlarge").isEmpty(), "the advisor has no GovCloud data");
    }

    @Test
    void fargateRatesAndTheirSavingsPlan() {
        assertAmount("0.04048", catalog.serviceRate(US_EAST_1, FARGATE, FARGATE_X86_VCPU).orElseThrow().usd());
        assertAmount("0.004445", catalog.serviceRate(US_EAST_1, FARGATE, FARGATE_X86_GB).orElseThrow().usd());
        assertAmount("0.03238", catalog.serviceRate(US_EAST_1, FARGATE, FARGATE_ARM_VCPU).orElseThrow().usd());
        assertAmount("0.00356", catalog.serviceRate("eu-west-1", FARGATE, FARGATE_ARM_GB).orElseThrow().usd());
        // 3y all-upfront: m5.large convertible effective 1161 / 26280 = 0.04417808; discount 1 − 0.04417808 / 0.096 = 53.98%
        // 0.04048 × 0.04417808 / 0.096 = 0.01862843 → 0.0186284
        Rate sp = catalog.serviceSavingsPlan(US_EAST_1, FARGATE, FARGATE_X86_VCPU,
                new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.THREE_YEAR, Payment.ALL_UPFRONT)).orElseThrow();
        assertAmount("0.0186284", sp.usd());
        assertEquals("vCPU-hour", sp.unit());
        assertEquals(Basis.ESTIMATED, sp.provenance().basis());
    }

    @Test
    void fargateSpotIsTheOldFeedAndHasNoArm() {
        Rate vcpu = catalog.serviceRate(US_EAST_1, FARGATE_SPOT, FARGATE_X86_VCPU).orElseThrow();
        assertAmount("0.01458", vcpu.usd());
        // AWS's feed gave this on 2019-07-30, but Spot prices float: as today's price it is an estimate, and says why
        assertEquals(Basis.ESTIMATED, vcpu.provenance().basis());
        assertTrue(vcpu.provenance().rule().contains("float"), vcpu.provenance().rule());
        assertEquals("2019-07-30", vcpu.provenance().asOf());
        assertEquals(Basis.ESTIMATED, catalog.serviceRate("eu-west-1", FARGATE_SPOT, FARGATE_X86_VCPU).orElseThrow()
                .provenance().basis());
        // GB-hour: 0.004445 × 0.01458 / 0.04048 = 0.0000648081 / 0.04048 = 0.00160099
        Rate gb = catalog.serviceRate(US_EAST_1, FARGATE_SPOT, FARGATE_X86_GB).orElseThrow();
        assertAmount("0.00160099", gb.usd());
        assertEquals(Basis.ESTIMATED, gb.provenance().basis());
        assertAmount("0.00151494", catalog.serviceRate("eu-west-1", FARGATE_SPOT, FARGATE_X86_GB).orElseThrow().usd());
        assertTrue(catalog.serviceRate(US_EAST_1, FARGATE_SPOT, FARGATE_ARM_VCPU).isEmpty());
    }

    @Test
    void lambdaRatesAndTheirSavingsPlan() {
        assertAmount("0.0000002", catalog.serviceRate(US_EAST_1, LAMBDA, LAMBDA_REQUESTS).orElseThrow().usd());
        assertAmount("0.0000166667", catalog.serviceRate(US_EAST_1, LAMBDA, LAMBDA_X86_TIER1).orElseThrow().usd());
        assertAmount("0.0000133334", catalog.serviceRate(US_EAST_1, LAMBDA, LAMBDA_ARM_TIER1).orElseThrow().usd());
        assertAmount("0.0000106667", catalog.serviceRate(US_EAST_1, LAMBDA, LAMBDA_ARM_TIER3).orElseThrow().usd());
        assertAmount("0.0000000309", catalog.serviceRate(US_EAST_1, LAMBDA, LAMBDA_EPHEMERAL).orElseThrow().usd());
        assertAmount("0.0000041667", catalog.serviceRate(US_EAST_1, LAMBDA, LAMBDA_PC_X86).orElseThrow().usd());
        assertAmount("0.0000097222", catalog.serviceRate(US_EAST_1, LAMBDA, LAMBDA_PC_DURATION_X86).orElseThrow().usd());
        // 3y all-upfront is AWS's maximum 17%: 0.0000166667 × 0.83 = 0.00001383336 → 0.0000138334
        Rate top = catalog.serviceSavingsPlan(US_EAST_1, LAMBDA, LAMBDA_X86_TIER1,
                new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.THREE_YEAR, Payment.ALL_UPFRONT)).orElseThrow();
        assertAmount("0.0000138334", top.usd());
        // 1y no-upfront: m5.large convertible discount 1 − 0.071/0.096 = 0.2604167, ÷ its 3y all-upfront 0.5398116
        // = 0.4824214; × 17% = 8.20116%; 0.0000166667 × 0.9179884 = 0.00001529984 → 0.0000152998
        Rate low = catalog.serviceSavingsPlan(US_EAST_1, LAMBDA, LAMBDA_X86_TIER1,
                new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT)).orElseThrow();
        assertAmount("0.0000152998", low.usd());
        assertTrue(catalog.serviceSavingsPlan(US_EAST_1, LAMBDA, LAMBDA_REQUESTS,
                new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.THREE_YEAR, Payment.ALL_UPFRONT)).isEmpty(),
                "requests are not discounted");
    }

    @Test
    void loadBalancerClusterAndStorageRates() {
        assertAmount("0.0225", catalog.serviceRate(US_EAST_1, ELB, ALB_HOUR).orElseThrow().usd());
        assertAmount("0.008", catalog.serviceRate(US_EAST_1, ELB, ALB_LCU_HOUR).orElseThrow().usd());
        assertAmount("0.0225", catalog.serviceRate(US_EAST_1, ELB, NLB_HOUR).orElseThrow().usd());
        assertAmount("0.006", catalog.serviceRate(US_EAST_1, ELB, NLB_NLCU_HOUR).orElseThrow().usd());
        Rate eks = catalog.serviceRate(US_EAST_1, EKS, EKS_STANDARD).orElseThrow();
        assertAmount("0.10", eks.usd()); // $73.00 a month / 730 h
        assertEquals(Basis.PUBLISHED, eks.provenance().basis());
        assertAmount("0.60", catalog.serviceRate(US_EAST_1, EKS, EKS_EXTENDED).orElseThrow().usd());
        Rate gp3 = catalog.serviceRate(US_EAST_1, EBS, EBS_GP3).orElseThrow();
        assertAmount("0.08", gp3.usd());
        assertEquals("GB-month", gp3.unit());
        assertEquals(Basis.PUBLISHED, gp3.provenance().basis()); // EBS pricing-page feed of 2024-07-18
        assertEquals("2024-07-18", gp3.provenance().asOf());
    }

    @Test
    void instanceSpecsCarryArchitecturePodsAndProcessor() {
        InstanceType m5 = catalog.instanceType("m5.xlarge").orElseThrow();
        assertEquals(4, m5.vcpu());
        assertAmount("16", m5.memoryGib());
        assertEquals(Set.of(Architecture.X86_64), m5.architectures());
        assertEquals(58, m5.maxPods()); // 4 ENIs × (15 − 1) + 2
        assertEquals("Intel", m5.processorFamily());
        InstanceType m8g = catalog.instanceType("m8g.xlarge").orElseThrow();
        assertTrue(m8g.isArm());
        assertEquals("Graviton4", m8g.processorFamily());
        assertFalse(catalog.instanceType("bmn-sf1.metal").isPresent(), "a type without vCPU and memory is left out");
        assertEquals(1354, catalog.instanceTypes().size()); // 1,420 rows − 66 without vCPU/memory
    }

    @Test
    void offersTellWhenEachServicesRatesWerePublished() {
        assertEquals("2026-07-20", catalog.offers(US_EAST_1).get("ec2").publicationDate());
        assertEquals("2024-07-01", catalog.offers(US_EAST_1).get("lambda").publicationDate());
        assertEquals("2019-07-30", catalog.offers("eu-west-1").get("fargate_spot").publicationDate());
        // 32 commercial regions and the two GovCloud regions of the 2025-04-04 On-Demand feed
        assertEquals(34, catalog.regions().size());
        assertTrue(catalog.regions().containsAll(Set.of("eu-central-1", "ap-southeast-7", "mx-central-1", "us-gov-west-1")));
        assertEquals("2025-04-04", catalog.offers("eu-central-1").get("ec2").publicationDate());
    }
}
