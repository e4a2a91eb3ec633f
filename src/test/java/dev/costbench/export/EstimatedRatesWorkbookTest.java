package dev.costbench.export;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.catalog.SpotRate;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.Project;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import dev.costbench.pricing.PricingEngine;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Estimated rates on the Sources sheet are their rule's formula over the published rates they come from: the
 * formula gives the catalog's figure, and editing a published rate moves the estimates built on it, and the totals,
 * as the engine moves them with that rate edited and the rule applied again.
 */
class EstimatedRatesWorkbookTest {
    private static final String SOURCES = "Sources";
    private static final int FIRST_ROW = 5, RATE = 2, PRICE = 6, BASIS = 7, RULE = 9, FACTOR = 10;
    private static final String REGION = "us-east-1", TYPE = "m5.xlarge";

    /**
     * The sources whose rule is not a product over catalog rates, so their estimates stay figures with the rule named:
     * Fargate Spot from AWS's dated feed (a figure, not worked out from others), us-east-1's Fargate Spot GB-hour (a
     * product of three rates), the Reserved offers scaled
     * from a published 2023 anchor that the catalog keeps only rounded to the cent, and x2iedn's Partial Upfront split.
     */
    static final List<String> FIGURES_ONLY = List.of("fargate_spot.", "ec2-reserved-scaled-from-published",
            "ec2-reserved-x2iedn-partial-split");

    @TempDir Path dir;

    @Test
    void everyEstimateWrittenAsAFormulaGivesTheCatalogsFigureAndPoiComputesTheSame() throws Exception {
        for (Project p : List.of(Designs.webShopWithCommitments(), Designs.example("data-platform"))) {
            Path file = dir.resolve(p.name().replace(' ', '-') + ".xlsx");
            WorkbookExporter.write(Designs.priced(p), file);
            int formulas = 0, estimated = 0;
            try (WorkbookReader cached = new WorkbookReader(file); WorkbookReader poi = new WorkbookReader(file).evaluateAll()) {
                for (int r = FIRST_ROW; cached.cell(SOURCES, r, 0) != null; r++) {
                    if (!"estimated".equals(cached.text(SOURCES, r, BASIS))) continue;
                    estimated++;
                    Cell price = cached.cell(SOURCES, r, PRICE);
                    if (price.getCellType() != CellType.FORMULA) {
                        String source = cached.text(SOURCES, r, 1);
                        assertTrue(FIGURES_ONLY.stream().anyMatch(source::startsWith),
                                p.name() + " Sources row " + r + ": " + source + " is a rule without a formula");
                        continue;
                    }
                    formulas++;
                    String where = p.name() + " Sources row " + r + " " + cached.text(SOURCES, r, RATE) + ": " + price.getCellFormula();
                    assertFalse(cached.text(SOURCES, r, RULE).isBlank(), where + " names its rule");
                    double figure = cached.number(SOURCES, r, PRICE);
                    assertEquals(figure, poi.number(SOURCES, r, PRICE), Math.abs(figure) * 1e-12, where);
                }
            }
            assertTrue(formulas > estimated / 2 && formulas > 50, p.name() + ": " + formulas + " of " + estimated);
        }
    }

    @Test
    void editingPublishedRatesMovesTheEstimatesBuiltOnThemAndTheTotalsAsTheEngineWould() throws Exception {
        Project design = Designs.webShopWithCommitments();
        ExportRequest before = Designs.priced(design);
        Path file = dir.resolve("web-shop.xlsx");
        WorkbookExporter.write(before, file);
        // the reviewer lowers m5.xlarge's On-Demand rate 0.192 → 0.19 and raises its 1-year Standard No Upfront rate
        // 0.121 → 0.131: Spot (On-Demand × 0.34), the Partial and All Upfront offers (scaled by No Upfront) and the
        // Savings Plan rates (their Reserved Instance's effective hourly) follow. (0.19 keeps the Graviton twin: the
        // engine picks the newest Graviton type priced at or below the x86 On-Demand rate, a choice no formula redoes)
        BigDecimal od = new BigDecimal("0.19"), noUpfront = new BigDecimal("0.131");
        ReservedKey nu = new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT);
        Path edited = dir.resolve("edited.xlsx");
        try (WorkbookReader wb = new WorkbookReader(file)) {
            setPrice(wb, TYPE + " On-Demand", od);
            setPrice(wb, TYPE + " RI 1y standard no upfront", noUpfront);
            try (OutputStream o = Files.newOutputStream(edited)) { wb.wb.write(o); }
        }
        ExportRequest after = ExportRequest.of(design, new PricingEngine(edited(Designs.CATALOG, od, nu, noUpfront)), null);
        assertNotEquals(before.scenarios().get(1).report().chosenMonthly().doubleValue(),
                after.scenarios().get(1).report().chosenMonthly().doubleValue(), 0.5, "the edit moves the Committed total");
        try (WorkbookReader wb = new WorkbookReader(edited).evaluateAll()) {
            EngineFigures.assertTotals(wb, after);
            EngineFigures.assertOptions(wb, after);
        }
        assumeTrue(LibreOffice.installed(), "soffice is not on the PATH");
        Path recalculated = LibreOffice.recalculateAll(List.of(edited), dir.resolve("lo")).getFirst();
        try (WorkbookReader wb = new WorkbookReader(recalculated)) {
            EngineFigures.assertTotals(wb, after);
            EngineFigures.assertOptions(wb, after);
        }
    }

    @Test
    void aSpotEstimateIsOnDemandTimesItsFactorAndTheSavingsPlanTheReservedInstancesEffectiveHourly() throws Exception {
        Path file = dir.resolve("web-shop.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.webShopWithCommitments()), file);
        try (WorkbookReader wb = new WorkbookReader(file)) {
            int spot = row(wb, TYPE + " Spot"), onDemand = row(wb, TYPE + " On-Demand");
            // 0.192 × 0.34 = 0.06528 (Spot Advisor: 66 % saving), exact
            assertEquals("$G$" + onDemand + "*$K$" + spot, wb.cell(SOURCES, spot, PRICE).getCellFormula());
            assertEquals(0.34, wb.number(SOURCES, spot, FACTOR), 0);
            assertEquals(0.06528, wb.number(SOURCES, spot, PRICE), 0);
            // Compute 1y Partial Upfront = round6(upfront ÷ 8760 + hourly) of the 1y Convertible Partial Upfront RI:
            // 583.86 ÷ 8760 + 0.0675211 = 0.0666507 + 0.0675211 = 0.134172
            int plan = row(wb, TYPE + " Compute SP 1y partial upfront");
            String f = wb.cell(SOURCES, plan, PRICE).getCellFormula();
            assertTrue(f.startsWith("IF(($G$") && f.contains("*$K$" + plan + "/$L$" + plan + "+$G$"), f);
            assertEquals(8760, wb.number(SOURCES, plan, FACTOR + 1), 0);
        }
    }

    private static int row(WorkbookReader wb, String rate) {
        for (int r = FIRST_ROW; wb.cell(SOURCES, r, 0) != null; r++) if (rate.equals(wb.text(SOURCES, r, RATE))) return r;
        throw new AssertionError("no Sources row for " + rate);
    }

    private static void setPrice(WorkbookReader wb, String rate, BigDecimal usd) {
        Cell c = wb.cell(SOURCES, row(wb, rate), PRICE);
        assertEquals(CellType.NUMERIC, c.getCellType(), rate + " is a published figure");
        c.setCellValue(usd.doubleValue());
    }

    /**
     * The catalog with m5.xlarge's On-Demand and 1y Standard No Upfront rates edited and every estimate of the type
     * worked out again by its rule's formula: Spot, then the Reserved offers, then the Savings Plans built on them.
     */
    private static PriceCatalog edited(PriceCatalog c, BigDecimal od, ReservedKey nu, BigDecimal noUpfront) {
        PriceCatalog.Builder b = c.toBuilder();
        Rate odRate = c.onDemand(REGION, TYPE).orElseThrow();
        b.onDemand(REGION, TYPE, new Rate(od, odRate.unit(), odRate.provenance()));
        ReservedRate nuRate = c.reserved(REGION, TYPE, nu).orElseThrow();
        b.reserved(REGION, TYPE, nu, new ReservedRate(nuRate.upfront(), noUpfront, nuRate.provenance()));
        PriceCatalog published = b.build();
        SpotRate spot = c.spot(REGION, TYPE).orElseThrow();
        b.spot(REGION, TYPE, new SpotRate(again(c, published, RateId.spot(REGION, TYPE)).orElseThrow(),
                spot.interruptionBucket(), spot.interruptionLabel(), spot.provenance()));
        for (Term t : Term.values())
            for (OfferingClass k : OfferingClass.values())
                for (Payment p : Payment.values()) {
                    ReservedKey key = new ReservedKey(t, k, p);
                    ReservedRate r = c.reserved(REGION, TYPE, key).orElseThrow();
                    BigDecimal up = again(c, published, RateId.reserved(REGION, TYPE, key, true)).orElse(r.upfront());
                    BigDecimal hourly = again(c, published, RateId.reserved(REGION, TYPE, key, false)).orElse(key.equals(nu) ? noUpfront : r.hourly());
                    b.reserved(REGION, TYPE, key, new ReservedRate(up, hourly, r.provenance()));
                }
        PriceCatalog reserved = b.build();
        for (SavingsPlanType s : SavingsPlanType.values())
            for (Term t : Term.values())
                for (Payment p : Payment.values()) {
                    SavingsPlanKey key = new SavingsPlanKey(s, t, p);
                    Rate r = c.ec2SavingsPlan(REGION, TYPE, key).orElseThrow();
                    b.ec2SavingsPlan(REGION, TYPE, key, new Rate(again(c, reserved, RateId.savingsPlan(REGION, TYPE, key)).orElseThrow(),
                            r.unit(), r.provenance()));
                }
        return b.build();
    }

    /** The estimate {@code id} of {@code c}, its formula evaluated over {@code edited}'s figures. */
    private static Optional<BigDecimal> again(PriceCatalog c, PriceCatalog edited, RateId id) {
        return c.estimate(id).flatMap(e -> e.evaluate(edited));
    }

}
