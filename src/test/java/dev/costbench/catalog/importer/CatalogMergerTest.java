package dev.costbench.catalog.importer;

import dev.costbench.catalog.Basis;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static dev.costbench.catalog.importer.Fixtures.aws;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** How imported rates meet the rates already in the catalog. */
class CatalogMergerTest {
    private static final SavingsPlanKey EC2_3Y_ALL = new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.THREE_YEAR, Payment.ALL_UPFRONT);
    private static final Provenance ESTIMATE = new Provenance("ri-estimate", "estimate from Reserved offers", "2026-07-20",
            Basis.ESTIMATED, "RI effective hourly");

    private static Provenance published(String asOf) {
        return new Provenance("published-" + asOf, "an earlier price list", asOf, Basis.PUBLISHED, null);
    }

    private static PriceImporter.Result importInto(PriceCatalog base, Path... files) {
        return new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(base, List.of(files));
    }

    @Test
    void aPublishedSavingsPlanRateReplacesItsEstimate() {
        // an estimate dated after the file is still replaced: published beats estimated
        PriceCatalog base = PriceCatalog.builder().asOf("2026-07-20")
                .ec2SavingsPlan("eu-west-1", "m5.large", EC2_3Y_ALL, new Rate(new BigDecimal("0.0450"), "hour", ESTIMATE)).build();
        PriceImporter.Result r = importInto(base, aws(Fixtures.SP_EU));
        Rate rate = r.catalog().ec2SavingsPlan("eu-west-1", "m5.large", EC2_3Y_ALL).orElseThrow();
        assertEquals(Basis.PUBLISHED, rate.provenance().basis());
        assertEquals(0, new BigDecimal("0.0423").compareTo(rate.usd()));
        assertEquals(1, r.summary().estimatesReplaced());
        assertEquals(List.of(), r.summary().regionsAdded());
    }

    @Test
    void importingARegionsFileAddsTheRegion() {
        PriceCatalog base = PriceCatalog.builder().onDemand("us-east-1", "m5.large",
                new Rate(new BigDecimal("0.096"), "hour", published("2026-07-20"))).build();
        PriceImporter.Result r = importInto(base, aws(Fixtures.EC2_US_WEST_CSV));
        assertEquals(Set.of("us-east-1", "us-west-2"), r.catalog().regions());
        assertEquals(List.of("us-west-2"), r.summary().regionsAdded());
        // us-west-2: m5.large and c7g.xlarge On-Demand, one Reserved offer, gp3, m5.large Dedicated On-Demand ($0.106) = 5 rates
        assertEquals(5, r.summary().added());
    }

    @Test
    void anOlderPublicationDoesNotReplaceANewerOne() {
        PriceCatalog base = PriceCatalog.builder().onDemand("eu-west-1", "m5.large",
                new Rate(new BigDecimal("0.2"), "hour", published("2026-01-01"))).build();
        PriceImporter.Result r = importInto(base, aws(Fixtures.EC2_EU));
        assertEquals(0, new BigDecimal("0.2").compareTo(r.catalog().onDemand("eu-west-1", "m5.large").orElseThrow().usd()));
        assertEquals(1, r.summary().keptNewer());
    }

    @Test
    void aNewerPublicationReplacesAnOlderOne() {
        PriceCatalog base = PriceCatalog.builder().onDemand("eu-west-1", "m5.large",
                new Rate(new BigDecimal("0.2"), "hour", published("2024-06-01"))).build();
        PriceImporter.Result r = importInto(base, aws(Fixtures.EC2_EU));
        Rate rate = r.catalog().onDemand("eu-west-1", "m5.large").orElseThrow();
        assertEquals(0, new BigDecimal("0.107").compareTo(rate.usd()));
        assertEquals("2025-03-01", rate.provenance().asOf());
        assertEquals(1, r.summary().updated());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        PriceCatalog once = importInto(Fixtures.empty(), aws(Fixtures.EKS_EU)).catalog();
        PriceImporter.Result twice = importInto(once, aws(Fixtures.EKS_EU));
        assertEquals(2, twice.summary().unchanged()); // standard and extended cluster hours
        assertEquals(0, twice.summary().added() + twice.summary().updated());
    }

    @Test
    void theSummaryListsThePublicationDates() {
        PriceImporter.Result r = importInto(Fixtures.empty(), aws(Fixtures.EKS_EU), aws(Fixtures.ELB_EU));
        String text = r.summary().describe();
        assertEquals(List.of(new ChangeSummary.Offer("eu-west-1", "eks", "2025-01-05", "AmazonEKS offer file 20250105070000"),
                new ChangeSummary.Offer("eu-west-1", "elb", "2025-01-10", "AWSELB offer file 20250110080000")),
                r.summary().offers().stream().sorted(java.util.Comparator.comparing(ChangeSummary.Offer::service)).toList());
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("eu-west-1  eks  2025-01-05"), text);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("Regions added: eu-west-1"), text);
        // the catalog's own date moves to the newest publication imported
        assertEquals("2025-01-10", r.catalog().asOf());
    }
}
