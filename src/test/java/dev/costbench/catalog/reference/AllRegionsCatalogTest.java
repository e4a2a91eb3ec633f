package dev.costbench.catalog.reference;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.costbench.catalog.ServiceRates.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped catalog's regions against the source tables in pricing-data/sources, and the rules of the other regions. */
class AllRegionsCatalogTest {
    private static final PriceCatalog CATALOG = CatalogLoader.bundled();
    private static Path sources;

    @BeforeAll
    static void locate() {
        sources = Path.of(System.getProperty("costbench.project.dir")).resolve(SourceFiles.FOLDER);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    private static ReservedKey ri(Term t, OfferingClass c, Payment p) { return new ReservedKey(t, c, p); }

    @Test
    void m5LargeOnDemandIsThePublishedPriceInFrankfurtAndIreland() {
        Rate frankfurt = CATALOG.onDemand("eu-central-1", "m5.large").orElseThrow();
        assertAmount("0.115", frankfurt.usd());
        assertEquals(Basis.PUBLISHED, frankfurt.provenance().basis());
        assertEquals("2025-04-04", frankfurt.provenance().asOf());
        assertAmount("0.107", CATALOG.onDemand("eu-west-1", "m5.large").orElseThrow().usd());
    }

    @Test
    void everyRegionsOnDemandAndNoUpfrontRatesEqualTheSourceTables() throws IOException {
        Map<String, BigDecimal> karpenter = new TreeMap<>();
        ReferenceTable k = ReferenceTable.read(sources, OnDemandPrices.KARPENTER_FILE);
        k.rows().forEach(r -> karpenter.put(r.get("region") + " " + r.get("instance_type"), k.decimal(r, "usd_per_hour")));
        Map<String, List<Map<String, String>>> byRegion = new TreeMap<>();
        ReferenceTable feed = ReferenceTable.read(sources, OnDemandPrices.FEED_FILE);
        feed.rows().forEach(r -> byRegion.computeIfAbsent(r.get("region"), x -> new ArrayList<>()).add(r));
        assertEquals(34, byRegion.size());
        int checked = 0;
        for (List<Map<String, String>> rows : byRegion.values()) {
            // every 25th row: about 20 types a region, spread over the alphabet
            for (int i = 0; i < rows.size(); i += 25) {
                Map<String, String> row = rows.get(i);
                String region = row.get("region"), type = row.get("instance_type");
                BigDecimal newer = karpenter.get(region + " " + type);
                Rate rate = CATALOG.onDemand(region, type).orElseThrow(() -> new AssertionError(region + " " + type));
                // the 2026-07-20 table wins where it has the type (us-east-1 and GovCloud)
                assertEquals(0, (newer != null ? newer : feed.decimal(row, "usd_per_hour")).compareTo(rate.usd()), region + " " + type);
                assertEquals(newer != null ? "2026-07-20" : "2025-04-04", rate.provenance().asOf(), region + " " + type);
                checked++;
            }
        }
        assertTrue(checked > 34 * 5, "sampled " + checked);

        ReferenceTable reserved = ReferenceTable.read(sources, RegionalReservedOffers.FILE);
        int riChecked = 0;
        for (int i = 0; i < reserved.rows().size(); i += 97) {
            Map<String, String> row = reserved.rows().get(i);
            String region = row.get("region"), type = row.get("instance_type");
            if (region.equals("us-east-1")) continue; // us-east-1 keeps its own Reserved rules
            BigDecimal od = CATALOG.onDemand(region, type).map(Rate::usd).orElse(null);
            if (od == null || od.compareTo(reserved.decimal(row, "ondemand_usd_per_hour")) != 0) continue;
            ReservedKey key = ri(row.get("lease_term").equals("1yr") ? Term.ONE_YEAR : Term.THREE_YEAR,
                    OfferingClass.fromKey(row.get("offering_class")), Payment.NO_UPFRONT);
            ReservedRate r = CATALOG.reserved(region, type, key).orElseThrow(() -> new AssertionError(region + " " + type + " " + key.key()));
            assertAmount(reserved.decimal(row, "usd_per_hour").toPlainString(), r.hourly());
            assertAmount("0", r.upfront());
            assertEquals(Basis.PUBLISHED, r.provenance().basis());
            riChecked++;
        }
        assertTrue(riChecked > 500, "sampled " + riChecked);
    }

    @Test
    void m5LargeOneYearStandardNoUpfrontInFrankfurtIsPublished() {
        // eu-central-1 m5.large standard 1yr No Upfront $0.072/h in the 2025-04 feed
        ReservedRate noUpfront = CATALOG.reserved("eu-central-1", "m5.large",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT)).orElseThrow();
        assertAmount("0.072", noUpfront.hourly());
        assertEquals(Basis.PUBLISHED, noUpfront.provenance().basis());
        // Partial Upfront follows m5.large us-east-1's ($252 + $0.029/h) × (0.072 ÷ 0.06 = 1.2) = $302.40 + $0.0348/h
        ReservedRate partial = CATALOG.reserved("eu-central-1", "m5.large",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertAmount("302.40", partial.upfront());
        assertAmount("0.0348", partial.hourly());
        assertEquals(Basis.ESTIMATED, partial.provenance().basis());
        // All Upfront: $494 × 1.2 = $592.80
        assertAmount("592.80", CATALOG.reserved("eu-central-1", "m5.large",
                ri(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT)).orElseThrow().upfront());
    }

    @Test
    void theUpfrontRuleIsWithinOnePointTwoPercentOfEveryPublishedFigureOutsideUsEast1() throws IOException {
        SourceTable s = new SourceTable(PriceCatalog.builder());
        ReferenceTable snapshot = ReferenceTable.read(sources, GenerationRatios.FILE);
        ReferenceTable x2iedn = ReferenceTable.read(sources, ReservedOffers.X2IEDN_FILE);
        ReservedOffers pattern = new ReservedOffers(ReferenceTable.read(sources, ReservedOffers.M5_FILE), snapshot, x2iedn,
                new GenerationRatios(snapshot), s);
        List<BigDecimal> errors = new RegionalReservedOffers(ReferenceTable.read(sources, RegionalReservedOffers.FILE),
                pattern, s).measuredErrors(x2iedn);
        // x2iedn.32xlarge in 24 regions × (standard, convertible) × (1y, 3y) × (Partial, All Upfront) = 192 checks
        assertEquals(192, errors.size());
        BigDecimal largest = errors.stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElseThrow();
        assertEquals("1.19%", Rounding.percent(largest));
    }

    @Test
    void fargateAndLoadBalancersFollowTheRegionsOnDemandPriceLevel() {
        // eu-central-1's level: median of (eu-central-1 ÷ us-east-1) over shared types of the 2025-04-04 feed = 1.1979
        // Fargate x86 vCPU: $0.04048 × 1.1979 = 0.048491 (6 significant digits); ALB hour: $0.0225 × 1.1979 = 0.0269528
        Rate vcpu = CATALOG.serviceRate("eu-central-1", FARGATE, FARGATE_X86_VCPU).orElseThrow();
        assertAmount("0.048491", vcpu.usd());
        assertEquals(Basis.ESTIMATED, vcpu.provenance().basis());
        assertTrue(vcpu.provenance().rule().contains("1.1979"), vcpu.provenance().rule());
        assertAmount("0.0269528", CATALOG.serviceRate("eu-central-1", ELB, ALB_HOUR).orElseThrow().usd());
        // eu-west-1 has published Fargate rates: they stay (the rule is only checked against them)
        assertEquals(Basis.PUBLISHED, CATALOG.serviceRate("eu-west-1", FARGATE, FARGATE_X86_VCPU).orElseThrow().provenance().basis());
    }

    @Test
    void eksIsOneFlatRateInCommercialRegionsAndMissingInGovCloud() {
        Rate eks = CATALOG.serviceRate("ap-southeast-2", EKS, EKS_STANDARD).orElseThrow();
        assertAmount("0.10", eks.usd());
        assertEquals(Basis.PUBLISHED, eks.provenance().basis());
        assertAmount("0.60", CATALOG.serviceRate("sa-east-1", EKS, EKS_EXTENDED).orElseThrow().usd());
        assertTrue(CATALOG.serviceRate("us-gov-west-1", EKS, EKS_STANDARD).isEmpty());
    }

    @Test
    void lambdaIsPublishedWhereTheTableHasTheRegionAndItsLaterTiersFollowUsEast1() {
        Rate tier1 = CATALOG.serviceRate("eu-central-1", LAMBDA, LAMBDA_X86_TIER1).orElseThrow();
        assertAmount("0.0000166667", tier1.usd());
        assertEquals(Basis.PUBLISHED, tier1.provenance().basis());
        // provisioned concurrency in Frankfurt is its own figure, not us-east-1's 0.0000041667
        assertAmount("0.0000050147", CATALOG.serviceRate("eu-central-1", LAMBDA, LAMBDA_PC_X86).orElseThrow().usd());
        // tier 2 = tier 1 × us-east-1's 0.000015 ÷ 0.0000166667 = 0.9000 → 0.0000150000
        Rate tier2 = CATALOG.serviceRate("eu-central-1", LAMBDA, LAMBDA_X86_TIER2).orElseThrow();
        assertAmount("0.000015", tier2.usd());
        assertEquals(Basis.ESTIMATED, tier2.provenance().basis());
        // me-south-1 is not in the table: missing, never us-east-1's rate
        assertTrue(CATALOG.serviceRate("me-south-1", LAMBDA, LAMBDA_X86_TIER1).isEmpty());
    }

    @Test
    void gp3IsThePublishedRateOfEachRegion() {
        // EBS pricing-page feed 2024-07-18: eu-central-1 gp3 $0.0952 per GB-month
        assertAmount("0.0952", CATALOG.serviceRate("eu-central-1", EBS, EBS_GP3).orElseThrow().usd());
        assertTrue(CATALOG.serviceRate("ap-southeast-7", EBS, EBS_GP3).isEmpty(), "launched after the feed");
    }
}
