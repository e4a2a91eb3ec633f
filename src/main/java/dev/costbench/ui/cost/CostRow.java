package dev.costbench.ui.cost;

import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostRange;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionTotal;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.OptionMap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of the cost table: a block (or the scenario total) under On-Demand, its best Reserved
 * Instance, its best Savings Plan, Spot, the option it is bought under, and its Graviton twin with the
 * saving. {@code usedFamily} marks the column that shows the option the block is bought under (null when none does).
 */
public record CostRow(String blockId, String name, String optionUsed, PurchaseFamily usedFamily, OptionCell onDemand, OptionCell bestReserved,
                      OptionCell bestSavingsPlan, OptionCell spot, OptionCell chosen, OptionCell graviton, OptionCell saving,
                      boolean total) {

    public static List<CostRow> of(CostReport report) { return of(report, java.util.Set.of()); }

    /** Rows of {@code profiled} blocks show their load profile's min–max month beside the expected one. */
    public static List<CostRow> of(CostReport report, java.util.Set<String> profiled) {
        List<CostRow> rows = new ArrayList<>();
        for (BlockCost b : report.blocks()) rows.add(of(b, profiled.contains(b.blockId())));
        rows.add(total(report));
        return rows;
    }

    /** A block's row; a {@code profiled} block shows its load profile's min–max month beside the expected one. */
    static CostRow of(BlockCost b, boolean profiled) {
        CostRow r = block(b);
        return profiled ? r.withChosen(withRange(r.chosen(), b.range())) : r;
    }

    static CostRow block(BlockCost b) {
        PurchaseOption used = b.chosenOption();
        return new CostRow(b.blockId(), b.name(), used.label(), markedColumn(b, used),
                OptionCell.of(b.option(PurchaseOption.ON_DEMAND)), OptionCell.of(OptionCell.best(b, PurchaseFamily.RESERVED)),
                OptionCell.of(OptionCell.best(b, PurchaseFamily.SAVINGS_PLAN)), OptionCell.of(b.option(PurchaseOption.SPOT)), OptionCell.chosen(b),
                twin(b), saving(b), false);
    }

    /**
     * The family whose column shows the very option the block is bought under: a block bought as a 3-year RI is not
     * marked in Best RI when the best RI shown is another offer.
     */
    private static PurchaseFamily markedColumn(BlockCost b, PurchaseOption used) {
        PurchaseFamily family = used.family();
        if (!family.isCommitment()) return family;
        OptionCost best = OptionCell.best(b, family);
        return best != null && used.equals(best.option()) ? family : null;
    }

    CostRow withChosen(OptionCell c) {
        return new CostRow(blockId, name, optionUsed, usedFamily, onDemand, bestReserved, bestSavingsPlan, spot, c, graviton, saving, total);
    }

    /** A block with a load profile shows its quietest–busiest month beside the expected one. */
    static OptionCell withRange(OptionCell chosen, CostRange range) {
        if (range == null || range.min() == null || range.max() == null || range.min().compareTo(range.max()) == 0) return chosen;
        String span = " (" + Money.format(range.min()) + "–" + Money.format(range.max()) + ")";
        return new OptionCell(() -> chosen.text() + span, chosen.monthly(), chosen.kind(),
                () -> (chosen.tooltip() == null ? "" : chosen.tooltip() + "\n")
                        + "Load profile: " + Money.format(range.min()) + " a month at the quietest hour, "
                        + Money.format(range.max()) + " at the busiest; the expected month weighs every hour of the week");
    }

    private static OptionCell twin(BlockCost b) {
        GravitonTwin g = b.graviton();
        if (g == null) return OptionCell.EMPTY;
        if (!g.available()) return new OptionCell("n/a", null, OptionCell.Kind.NOT_APPLICABLE, "No Graviton twin: " + g.reason());
        OptionCell cell = OptionCell.of(g.options().get(b.chosenOption()));
        String twin = g.twinType() == null ? "arm64" : g.twinType();
        return new OptionCell(cell.textSupplier(), cell.monthly(), cell.kind(), () -> "Graviton twin: " + twin
                + (g.rule() == null ? "" : " (" + g.rule() + ")") + (cell.tooltip() == null ? "" : "\n" + cell.tooltip()));
    }

    private static OptionCell saving(BlockCost b) {
        GravitonTwin g = b.graviton();
        if (g == null || !g.available() || g.savingMonthly() == null) return OptionCell.EMPTY;
        String pct = g.savingPct() == null ? "" : " (" + g.savingPct().setScale(0, RoundingMode.HALF_UP).toPlainString() + "%)";
        OptionCost twinCost = g.options().get(b.chosenOption());
        boolean estimated = OptionCell.chosen(b).estimated() || (twinCost != null && OptionCell.of(twinCost).estimated());
        String twin = g.twinType() == null ? "arm64" : g.twinType();
        return new OptionCell(() -> (estimated ? "~" : "") + Money.format(g.savingMonthly()), g.savingMonthly(),
                estimated ? OptionCell.Kind.ESTIMATED : OptionCell.Kind.PUBLISHED,
                () -> "Monthly saving of " + twin + " under " + b.chosenOption().label() + ": "
                        + Money.format(g.savingMonthly()) + pct + (g.savingMonthly().signum() < 0 ? " (the twin costs more)" : ""));
    }

    static CostRow total(CostReport r) {
        OptionCell chosen = chosenTotal(r);
        OptionCell graviton = gravitonTotal(r);
        OptionCell saving;
        if (graviton.monthly() == null) saving = OptionCell.EMPTY;
        else if (chosen.kind() == OptionCell.Kind.MISSING || graviton.kind() == OptionCell.Kind.MISSING)
            saving = new OptionCell("missing", null, OptionCell.Kind.MISSING, "No saving for the scenario: a total it compares lacks prices");
        else {
            BigDecimal s = r.chosenMonthly().subtract(r.gravitonChosenMonthly());
            saving = new OptionCell(Money.format(s), s, OptionCell.Kind.PUBLISHED, "Monthly saving of the Graviton twins");
        }
        return new CostRow(null, "Total", "", null,
                OptionCell.total(r.totals().get(PurchaseOption.ON_DEMAND), PurchaseOption.ON_DEMAND.label()),
                bestTotal(r, PurchaseFamily.RESERVED), bestTotal(r, PurchaseFamily.SAVINGS_PLAN),
                OptionCell.total(r.totals().get(PurchaseOption.SPOT), PurchaseOption.SPOT.label()), chosen, graviton, saving, true);
    }

    /** Blocks whose price under their own option is missing. */
    private static long missingChosen(CostReport r) { return missing(r).chosen(); }

    /**
     * How many of a report's blocks lack their price under their own option, and how many lack it or their Graviton
     * twin's. The cost panel and the status bar read them four times a report; on a design of thousands of blocks
     * each count is a pass over every block, so the last report's counts are kept (immutable, so any thread may).
     */
    private record Missing(CostReport report, long chosen, long graviton) {}

    private static volatile Missing lastMissing;

    private static Missing missing(CostReport r) {
        Missing m = lastMissing;
        if (m != null && m.report() == r) return m;
        long chosen = 0, graviton = 0;
        for (BlockCost b : r.blocks()) {
            if (b.chosen() != null && b.chosen().status() == OptionCost.Status.MISSING) chosen++;
            if (gravitonMissing(b)) graviton++;
        }
        lastMissing = m = new Missing(r, chosen, graviton);
        return m;
    }

    /** The scenario under each block's own option; incomplete when any block's price is missing. */
    public static OptionCell chosenTotal(CostReport r) {
        long missing = missingChosen(r);
        String tip = "Every block under its own option: " + Money.format(r.chosenMonthly()) + " a month, "
                + Money.format(r.chosenAnnual()) + " a year"
                + (r.chosenUpfront() != null && r.chosenUpfront().signum() > 0 ? "\nUpfront " + Money.format(r.chosenUpfront()) : "");
        if (missing > 0)
            return new OptionCell(r.chosenTotal().text(), r.chosenMonthly(), OptionCell.Kind.MISSING,
                    tip + "\n" + missing + " block(s) have missing prices: the total is incomplete");
        return new OptionCell(Money.format(r.chosenMonthly()), r.chosenMonthly(), OptionCell.Kind.PUBLISHED, tip);
    }

    /** The chosen total a year, flagged as the monthly one is: "$13,150.46" or "$6,727.68 + 1 missing". */
    public static String chosenAnnual(CostReport r) {
        long missing = missingChosen(r);
        return missing > 0 ? OptionCell.incomplete(r.chosenAnnual(), missing) : Money.format(r.chosenAnnual());
    }

    /**
     * Every block on its Graviton twin under its own option; incomplete, and saying how many, when a twin or the
     * block itself lacks that price (the engine then counts the block at its own cost, or not at all).
     */
    static OptionCell gravitonTotal(CostReport r) {
        if (r.gravitonChosenMonthly() == null) return OptionCell.EMPTY;
        long missing = missing(r).graviton();
        String tip = "Every block on its Graviton twin where it has one, under its own option";
        if (missing > 0)
            return new OptionCell(OptionCell.incomplete(r.gravitonChosenMonthly(), missing), r.gravitonChosenMonthly(), OptionCell.Kind.MISSING,
                    tip + "\n" + missing + " block(s) lack a Graviton price: counted at their own cost where they have one, so the total is incomplete");
        return new OptionCell(Money.format(r.gravitonChosenMonthly()), r.gravitonChosenMonthly(), OptionCell.Kind.PUBLISHED, tip);
    }

    private static boolean gravitonMissing(BlockCost b) {
        if (b.chosen() != null && b.chosen().status() == OptionCost.Status.MISSING) return true;
        GravitonTwin g = b.graviton();
        if (g == null || !g.available()) return false;
        OptionCost twin = g.options().get(b.chosenOption());
        return twin != null && twin.status() == OptionCost.Status.MISSING;
    }

    /** The cheapest complete scenario total among the options of a family, e.g. the best single RI offer. */
    private static OptionCell bestTotal(CostReport r, PurchaseFamily family) {
        OptionTotal best = null;
        String label = null;
        for (OptionMap.Entry<OptionTotal> e : r.totals().family(family)) {
            PurchaseOption o = e.option();
            OptionTotal t = e.value();
            if (best == null || (t.complete() && !best.complete())
                    || (t.complete() == best.complete() && t.monthlyEffective().compareTo(best.monthlyEffective()) < 0)) {
                best = t;
                label = o.label();
            }
        }
        return best == null ? OptionCell.EMPTY : OptionCell.total(best, "Cheapest for the scenario: " + label);
    }
}
