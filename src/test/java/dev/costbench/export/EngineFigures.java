package dev.costbench.export;

import dev.costbench.pricing.OptionMap;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionTotal;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds a recalculated workbook (cached values from POI's evaluator or from LibreOffice) to the engine's report,
 * to the cent. Rows follow the workbook's layout: Summary and Graviton list the blocks from row 5 in project
 * order, scenario after scenario, then after one blank row a total row per scenario; Purchase options has one
 * row per block from row 6, then one per Graviton twin, with a column per option in each group of figures.
 */
final class EngineFigures {
    private static final double CENT = 0.005;

    private EngineFigures() {}

    static int blockCount(ExportRequest r) {
        int n = 0;
        for (PricedScenario ps : r.scenarios()) n += ps.report().blocks().size();
        return n;
    }

    /** Summary row of each scenario's total. */
    static int totalRow(ExportRequest r, int scenarioIndex) { return 5 + blockCount(r) + 1 + scenarioIndex; }

    /** Every block's monthly and upfront under its chosen option, the scenario totals, Graviton and option totals. */
    static void assertTotals(WorkbookReader wb, ExportRequest r) {
        int row = 5;
        for (PricedScenario ps : r.scenarios()) {
            for (BlockCost b : ps.report().blocks()) {
                String where = ps.scenario().name() + " / " + b.name();
                OptionCost chosen = b.chosen();
                assertEquals(chosen.monthlyEffective().doubleValue(), wb.number("Summary", row, 6), CENT, where + " monthly");
                assertEquals(chosen.upfront().doubleValue(), wb.number("Summary", row, 7), CENT, where + " upfront");
                assertMoney(wb, "Summary", row, 8, b.option(PurchaseOption.ON_DEMAND), where + " On-Demand");
                assertMoney(wb, "Summary", row, 11, b.option(PurchaseOption.SPOT), where + " Spot");
                if (b.graviton().savingMonthly() != null)
                    assertEquals(b.graviton().savingMonthly().doubleValue(), wb.number("Summary", row, 13), CENT, where + " Graviton saving");
                else assertEquals("n/a", wb.text("Summary", row, 13), where + " no Graviton saving");
                row++;
            }
        }
        for (int s = 0; s < r.scenarios().size(); s++) {
            CostReport report = r.scenarios().get(s).report();
            int total = totalRow(r, s);
            assertEquals(report.chosenMonthly().doubleValue(), wb.number("Summary", total, 6), CENT, report.scenario() + " total");
            assertEquals(report.chosenUpfront().doubleValue(), wb.number("Summary", total, 7), CENT, report.scenario() + " upfront");
            assertEquals(report.chosenAnnual().doubleValue(), wb.number("Summary", total, 14), CENT, report.scenario() + " annual");
            assertEquals(report.gravitonChosenMonthly().doubleValue(), wb.number("Graviton", total, 11), CENT,
                    report.scenario() + " on Graviton");
            assertEquals(report.chosenMonthly().doubleValue(), wb.number("Scenarios", 5, 2 + s), CENT, report.scenario() + " Scenarios");
            for (int i = 0; i < PurchaseOption.ALL.size(); i++) {
                OptionTotal t = report.totals().get(PurchaseOption.ALL.get(i));
                String where = report.scenario() + " all on " + t.option();
                if (t.complete()) assertEquals(t.monthlyEffective().doubleValue(), wb.number("Scenarios", 9 + i, 2 + s), CENT, where);
                else assertTrue(wb.text("Scenarios", 9 + i, 2 + s).endsWith("lack a price"), where);
            }
        }
    }

    /** Purchase options: the header row of option keys, the first block's row, and the groups of columns (26 each). */
    static final int OPTION_KEY_ROW = 5, FIRST_OPTION_ROW = 6, UPFRONT = 0, RECURRING = 1, EFFECTIVE = 2, BASIS = 3;

    /** The Purchase options column of option {@code o}'s figure in group {@code group} (after Scenario, Block id, Block, Variant). */
    static int optionCol(int group, PurchaseOption o) { return 4 + group * PurchaseOption.ALL.size() + o.index(); }

    /**
     * Each block's options as designed, then each Graviton twin's, in the order of their Purchase options rows (one per
     * block, then one per twin, from {@link #FIRST_OPTION_ROW}).
     */
    static List<OptionMap<OptionCost>> optionRows(List<BlockCost> blocks) {
        List<OptionMap<OptionCost>> rows = new ArrayList<>();
        for (BlockCost b : blocks) rows.add(b.options());
        for (BlockCost b : blocks) if (b.graviton().available()) rows.add(b.graviton().options());
        return rows;
    }

    /** Every Purchase options row: the engine's figures, or its status as text, under each option's key. */
    static void assertOptions(WorkbookReader wb, ExportRequest r) {
        for (PurchaseOption o : PurchaseOption.ALL)
            for (int g = UPFRONT; g <= BASIS; g++) assertEquals(o.key(), wb.text("Purchase options", OPTION_KEY_ROW, optionCol(g, o)));
        List<BlockCost> blocks = new ArrayList<>();
        for (PricedScenario ps : r.scenarios()) blocks.addAll(ps.report().blocks());
        int row = FIRST_OPTION_ROW;
        for (OptionMap<OptionCost> options : optionRows(blocks)) {
            for (PurchaseOption o : PurchaseOption.ALL) {
                OptionCost c = options.get(o);
                String where = o.key() + " row " + row;
                if (c.isPriced()) {
                    assertEquals(c.upfront().doubleValue(), wb.number("Purchase options", row, optionCol(UPFRONT, o)), CENT, where);
                    assertEquals(c.monthlyRecurring().doubleValue(), wb.number("Purchase options", row, optionCol(RECURRING, o)), CENT, where);
                    assertEquals(c.monthlyEffective().doubleValue(), wb.number("Purchase options", row, optionCol(EFFECTIVE, o)), CENT, where);
                    assertEquals(c.noChargeOfItsOwn() ? c.reason() : c.basis().fileName(), wb.text("Purchase options", row, optionCol(BASIS, o)), where);
                } else {
                    assertEquals(c.status() == OptionCost.Status.MISSING ? "missing" : "n/a",
                            wb.text("Purchase options", row, optionCol(EFFECTIVE, o)), where);
                }
            }
            row++;
        }
    }

    /** A Line items row's monthly figure: its upfront ÷ its term's months on an upfront line, else its monthly recurring. */
    static double lineMonthly(WorkbookReader wb, int row) {
        return "upfront".equals(wb.text("Line items", row, 9)) ? wb.number("Line items", row, 12) / wb.number("Line items", row, 10)
                : wb.number("Line items", row, 11);
    }

    /**
     * The keys of the options a Line items row's Option cell names, in order: its keys, "every priced option" (the
     * priced options of {@code options}), or "every priced option but" some of them.
     */
    static List<String> named(String cell, OptionMap<OptionCost> options) {
        List<String> priced = new ArrayList<>();
        for (PurchaseOption o : PurchaseOption.ALL) if (options.get(o).isPriced()) priced.add(o.key());
        if (cell.equals("every priced option")) return priced;
        if (cell.startsWith("every priced option but ")) {
            List<String> but = List.of(cell.substring("every priced option but ".length()).split(", "));
            assertTrue(priced.containsAll(but), "'" + cell + "' leaves out only priced options");
            priced.removeAll(but);
            return priced;
        }
        return List.of(cell.split(", "));
    }

    /**
     * Every engine line is on Line items with its quantity, unit price and monthly effective: a line several options
     * have alike is one row whose Option column names them all (or "every priced option"), so an option's line is
     * either the next row, first written for this option, or an earlier row of the same variant that names it.
     * Returns the rows read.
     */
    static int assertLines(WorkbookReader wb, ExportRequest r) {
        int row = 5;
        for (PricedScenario ps : r.scenarios()) {
            for (BlockCost b : ps.report().blocks()) {
                // the blocks as designed: a Graviton twin's lines are not rows (its figures are on Purchase options)
                for (var options : List.of(b.options())) {
                    int first = row;
                    for (PurchaseOption o : PurchaseOption.ALL) {
                        OptionCost c = options.get(o);
                        if (!c.isPriced()) continue;
                        java.util.Set<Integer> used = new java.util.HashSet<>();
                        for (CostLine l : c.lines()) {
                            String where = b.name() + " / " + o.key() + " / " + l.component() + " row " + row;
                            // a line alike in an earlier option is that option's row, which names this option too
                            int at = -1;
                            for (int e = first; e < row && at < 0; e++) {
                                String names = wb.text("Line items", e, 3);
                                boolean named = named(names, options).contains(o.key());
                                if (named && !used.contains(e) && l.component().equals(wb.text("Line items", e, 4))
                                        && Math.abs(l.monthly().doubleValue() - lineMonthly(wb, e)) < CENT
                                        && Math.abs(l.unitPrice().doubleValue() - wb.number("Line items", e, 8)) <= Math.abs(l.unitPrice().doubleValue()) * 1e-9)
                                    at = e;
                            }
                            boolean newRow = at < 0;
                            if (newRow) {
                                at = row;
                                String names = wb.text("Line items", row, 3);
                                assertTrue(names != null && named(names, options).get(0).equals(o.key()),
                                        where + ": the row is not first written for " + o.key());
                            }
                            used.add(at);
                            assertEquals(l.component(), wb.text("Line items", at, 4), where);
                            assertRelative(l.quantity(), wb.number("Line items", at, 6), where + " quantity");
                            assertRelative(l.unitPrice(), wb.number("Line items", at, 8), where + " unit price");
                            assertEquals(l.monthly().doubleValue(), lineMonthly(wb, at), CENT, where + " monthly");
                            if (newRow) row++;
                        }
                        // a line awaiting a rate the catalog lacks: its own row, or an earlier one of the options alike
                        for (dev.costbench.pricing.UnpricedLine u : c.unpriced()) {
                            String where = b.name() + " / " + o.key() + " / " + u.component() + " (awaiting its rate) row " + row;
                            boolean earlier = false;
                            for (int e = first; e < row && !earlier; e++) {
                                String names = wb.text("Line items", e, 3);
                                earlier = u.component().equals(wb.text("Line items", e, 4)) && "missing rate".equals(wb.text("Line items", e, 8))
                                        && named(names, options).contains(o.key());
                            }
                            if (earlier) continue;
                            assertEquals(u.component(), wb.text("Line items", row, 4), where);
                            assertEquals("missing rate", wb.text("Line items", row, 8), where);
                            row++;
                        }
                    }
                }
            }
        }
        return row - 5;
    }

    private static void assertMoney(WorkbookReader wb, String sheet, int row, int col, OptionCost c, String where) {
        if (c.isPriced()) assertEquals(c.monthlyEffective().doubleValue(), wb.number(sheet, row, col), CENT, where);
        else assertEquals(c.status() == OptionCost.Status.MISSING ? "missing" : "n/a", wb.text(sheet, row, col), where);
    }

    private static void assertRelative(BigDecimal expected, double actual, String where) {
        double e = expected.doubleValue();
        assertEquals(e, actual, Math.max(1e-9, Math.abs(e) * 1e-9), where);
    }
}
