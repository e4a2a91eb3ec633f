package dev.costbench.cli;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.coverage.RegionCoverage;
import dev.costbench.export.CashFlow;
import dev.costbench.model.ShownText;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionFigure;
import dev.costbench.pricing.OptionMap;
import dev.costbench.pricing.OptionTotal;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The priced scenario as a table for a terminal: one row per block with On-Demand, the cheapest Reserved
 * Instance and Savings Plan, Spot, the chosen option and the Graviton twin, each figure a monthly effective
 * cost; a second row names the option behind each figure. Estimates carry a "~", as everywhere in Costbench.
 */
final class TablePriceReport {
    private static final String[] HEADERS = {"Block", "Size", "On-Demand", "Best RI", "Best SP", "Spot", "Chosen",
            "Graviton", "Saving"};
    private static final int MAX_NAME = 28;
    private static final int MAX_SIZE = 24;
    private static final String NOT_APPLICABLE = "n/a";
    private static final String MISSING = "missing";

    private TablePriceReport() {}

    /** {@code reports} of {@code scenarios}, one for one. */
    static String render(String designName, List<CostReport> reports, List<dev.costbench.model.Scenario> scenarios, PriceCatalog catalog) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < reports.size(); i++) {
            if (!out.isEmpty()) out.append('\n');
            scenario(out, designName, reports.get(i), scenarios.get(i), catalog);
        }
        legend(out);
        // block and scenario names come from the design file: shown, never obeyed by the terminal
        return ShownText.of(out.toString());
    }

    /** One scenario's table; its coverage line speaks of the prices the scenario needs only. */
    private static void scenario(StringBuilder out, String designName, CostReport r, dev.costbench.model.Scenario design,
                                 PriceCatalog catalog) {
        // the dates are the rates' own, on the coverage line below: the catalog's date would say the prices are newer
        out.append(designName).append(" — ").append(r.scenario()).append(" · ").append(r.region())
                .append(" · catalog ").append(r.catalogVersion()).append("\n");
        out.append("Prices this design needs in ").append(r.region()).append(": ").append(RegionCoverage.forDesign(catalog, r.region(), design).summary()).append("\n\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (BlockCost b : r.blocks()) {
            Row row = blockRow(b);
            rows.add(row.figures());
            rows.add(row.labels());
        }
        Row total = totalRow(r);
        rows.add(total.figures());
        rows.add(total.labels());
        table(out, rows);
        if (r.chosenUpfront() != null && r.chosenUpfront().signum() > 0)
            out.append("\nUpfront under the chosen options: ").append(Money.format(r.chosenUpfront())).append(" once per term\n");
        out.append(firstYear(r));
        notes(out, r);
    }

    /** The first 12 months' cash under the chosen options: upfront in the month a term starts, recurring monthly. */
    static String firstYear(CostReport r) {
        CashFlow.Total t = CashFlow.chosen(r);
        // an incomplete total names what it leaves out, and is never a bare $0.00
        String figure = t.complete() ? Money.format(t.first12()) : t.first12().signum() == 0 ? t.missing() + " missing"
                : Money.format(t.first12()) + " + " + t.missing() + " missing";
        return (r.chosenUpfront() != null && r.chosenUpfront().signum() > 0 ? "" : "\n")
                + "First 12 months under the chosen options: " + figure
                + " (upfront in the month its term starts, recurring charges monthly)\n";
    }

    private record Row(String[] figures, String[] labels) {}

    private static Row blockRow(BlockCost b) {
        String[] f = new String[HEADERS.length];
        String[] l = new String[HEADERS.length];
        f[0] = cut(b.name(), MAX_NAME);
        l[0] = "";
        f[1] = cut(b.keySize() == null ? b.kind().fileName() : b.keySize(), MAX_SIZE);
        l[1] = b.kind().displayName();
        f[2] = cell(b.option(PurchaseOption.ON_DEMAND));
        l[2] = "";
        best(b.options(), PurchaseFamily.RESERVED, f, l, 3);
        best(b.options(), PurchaseFamily.SAVINGS_PLAN, f, l, 4);
        f[5] = cell(b.option(PurchaseOption.SPOT));
        l[5] = "";
        f[6] = cell(b.chosen());
        l[6] = OptionLabels.shortLabel(b.chosenOption());
        GravitonTwin g = b.graviton();
        if (g == null || !g.available()) {
            f[7] = NOT_APPLICABLE;
            l[7] = "";
            f[8] = "";
            l[8] = "";
        } else {
            f[7] = cell(g.options().get(b.chosenOption()));
            l[7] = g.twinType() == null ? "arm64" : g.twinType();
            f[8] = g.savingMonthly() == null ? "" : Money.format(g.savingMonthly());
            l[8] = g.savingPct() == null ? "" : g.savingPct().setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        }
        return new Row(f, l);
    }

    private static void best(OptionMap<OptionCost> options, PurchaseFamily family, String[] f, String[] l, int column) {
        Optional<OptionMap.Entry<OptionCost>> best = OptionLabels.cheapest(options, family);
        if (best.isPresent()) {
            f[column] = cell(best.get().value());
            l[column] = OptionLabels.shortLabel(best.get().option());
        } else {
            // no option of the family is priced: say whether it does not apply or lacks a price
            boolean anyMissing = options.family(family).stream()
                    .anyMatch(e -> e.value().status() == OptionCost.Status.MISSING);
            f[column] = anyMissing ? MISSING : NOT_APPLICABLE;
            l[column] = "";
        }
    }

    private static Row totalRow(CostReport r) {
        String[] f = new String[HEADERS.length];
        String[] l = new String[HEADERS.length];
        Arrays.fill(f, "");
        Arrays.fill(l, "");
        f[0] = "Total a month";
        f[2] = total(r, PurchaseOption.ON_DEMAND);
        bestTotal(r, PurchaseFamily.RESERVED, f, l, 3);
        bestTotal(r, PurchaseFamily.SAVINGS_PLAN, f, l, 4);
        f[5] = total(r, PurchaseOption.SPOT);
        boolean chosenEstimated = r.blocks().stream().anyMatch(b -> b.chosen() != null && b.chosen().basis() == Basis.ESTIMATED);
        OptionTotal chosen = r.chosenTotal();
        f[6] = (chosenEstimated && chosen.showsAmount() ? "~" : "") + chosen.text();
        l[6] = "chosen options";
        if (r.gravitonChosenMonthly() != null) {
            boolean twinEstimated = r.blocks().stream().anyMatch(b -> {
                GravitonTwin g = b.graviton();
                OptionCost c = g != null && g.available() ? g.options().get(b.chosenOption()) : b.chosen();
                return c != null && c.basis() == Basis.ESTIMATED;
            });
            int twinMissing = (int) r.blocks().stream().filter(b -> {
                GravitonTwin g = b.graviton();
                OptionCost c = g != null && g.available() ? g.options().get(b.chosenOption()) : null;
                if (c == null || !c.isPriced()) c = b.chosen();
                return c == null || !c.isPriced();
            }).count();
            OptionTotal twin = new OptionTotal("graviton", null, r.gravitonChosenMonthly(), r.gravitonChosenMonthly(), 0, twinMissing);
            f[7] = (twinEstimated && twin.showsAmount() ? "~" : "") + twin.text();
            // a saving between totals that leave blocks out would compare unlike things
            if (r.chosenMonthly() != null && chosen.complete() && twin.complete())
                f[8] = Money.format(r.chosenMonthly().subtract(r.gravitonChosenMonthly()));
        }
        return new Row(f, l);
    }

    private static void bestTotal(CostReport r, PurchaseFamily family, String[] f, String[] l, int column) {
        Optional<PurchaseOption> key = OptionLabels.cheapestTotal(r.totals(), family);
        f[column] = key.map(k -> total(r, k)).orElse(NOT_APPLICABLE);
        l[column] = key.map(OptionLabels::shortLabel).orElse("");
    }

    /** A scenario total under one option: estimated if any block's figure in it is, incomplete if any is missing. */
    private static String total(CostReport r, PurchaseOption key) {
        OptionTotal t = r.totals().get(key);
        if (t == null || t.monthlyEffective() == null) return MISSING;
        boolean estimated = r.blocks().stream().anyMatch(b -> {
            OptionCost c = b.option(key);
            if (c == null || !c.isPriced()) c = b.option(PurchaseOption.ON_DEMAND);
            return c != null && c.basis() == Basis.ESTIMATED;
        });
        return (estimated && t.showsAmount() ? "~" : "") + t.text();
    }

    private static String cell(OptionCost c) {
        return c == null ? NOT_APPLICABLE : OptionFigure.monthly(c);
    }

    /** Text columns left-aligned, money columns right-aligned; every row's labels sit under its figures. */
    private static void table(StringBuilder out, List<String[]> rows) {
        int[] width = new int[HEADERS.length];
        for (String[] row : rows)
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], row[i].length());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) line.append("  ");
                String pad = " ".repeat(width[i] - row[i].length());
                line.append(i < 2 ? row[i] + pad : pad + row[i]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static void notes(StringBuilder out, CostReport r) {
        List<String> warnings = new ArrayList<>();
        for (BlockCost b : r.blocks()) {
            for (String w : b.warnings()) warnings.add(b.name() + ": " + w);
            if (b.graviton() != null && !b.graviton().available() && b.graviton().reason() != null)
                warnings.add(b.name() + ": no Graviton twin — " + b.graviton().reason());
        }
        for (String w : r.warnings()) if (!warnings.contains(w)) warnings.add(w);
        if (!warnings.isEmpty()) {
            out.append("\nNotes:\n");
            warnings.forEach(w -> out.append("  ").append(w).append('\n'));
        }
        if (!r.missing().isEmpty()) {
            out.append("\nMissing prices (not counted as $0):\n");
            for (MissingPrice m : r.missing()) out.append("  ").append(m.describe()).append('\n');
        }
    }

    private static void legend(StringBuilder out) {
        out.append("""

                Monthly effective cost: recurring charges plus any upfront payment spread over its term; 730 hours a month.
                RI 3y std all: Reserved Instance, 3-year term, standard class, all upfront (partial, none);
                Compute SP / EC2 SP: Compute or EC2 Instance Savings Plan. Graviton: the same block on arm64.
                ~        estimated from AWS's published rates by a stated rule, not a figure AWS publishes
                n/a      the option does not apply to the block; totals count such blocks at On-Demand
                no charge  the block has no charge of its own (the Internet): the blocks sending to it pay for the GB
                missing  the price catalog has no price for it; "+ 2 missing" after a total: it counts only the
                         priced blocks and leaves out that many blocks, listed under "Missing prices"
                """);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
