package dev.costbench.cli;

import dev.costbench.export.CashFlow;
import dev.costbench.export.TagTotals;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tags;
import dev.costbench.export.csv.CsvWriter;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.model.purchase.PurchaseOption;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row per block and purchase option, for a spreadsheet's pivot table: the option's status, money to
 * the cent (empty, never 0, when the option does not apply or its price is missing), basis, and the Graviton
 * twin's figure under the same option, the option's cash in the first 12 months ({@link CashFlow}), the currency, then
 * one {@code tag:KEY} column per tag key the design uses; written by the export's {@link CsvWriter} with its formula-injection guard.
 */
final class CsvPriceReport {
    static final List<String> COLUMNS = List.of("scenario", "region", "block_id", "block_name", "kind", "key_size",
            "option", "option_label", "chosen", "status", "upfront", "monthly_recurring", "monthly_effective", "basis",
            "reason", "graviton_type", "graviton_status", "graviton_monthly_effective", "first_12_months", "currency");

    private CsvPriceReport() {}

    /** {@code scenarios} are the reports' scenarios, in the same order: their blocks' tags fill the tag columns. */
    static String render(List<CostReport> reports, List<Scenario> scenarios) {
        // quote only what needs quoting (commas, quotes, line breaks), so the file reads well in a text editor too
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, "\n", CsvWriter.Quoting.WHEN_NEEDED);
        List<String> tagKeys = TagTotals.keys(scenarios);
        for (String c : COLUMNS) csv.value(c);
        for (String key : tagKeys) csv.text(TagTotals.column(key));
        csv.endRow();
        for (int i = 0; i < reports.size(); i++) {
            CostReport r = reports.get(i);
            for (BlockCost b : r.blocks()) {
                Tags tags = scenarios.get(i).block(b.blockId()).map(Block::tags).orElse(Tags.NONE);
                for (OptionMap.Entry<OptionCost> e : b.options()) {
                    row(csv, r, b, e.option(), e.value());
                    for (String key : tagKeys) csv.text(tags.get(key));
                    csv.endRow();
                }
            }
        }
        return out.toString();
    }

    /** Text from the design goes through the writer's formula-injection guard: one rule for every CSV Costbench writes. */
    private static void row(CsvWriter csv, CostReport r, BlockCost b, PurchaseOption option, OptionCost c) {
        GravitonTwin g = b.graviton();
        OptionCost twin = g != null && g.available() ? g.options().get(option) : null;
        csv.text(r.scenario()).text(r.region()).text(b.blockId()).text(b.name()).value(b.kind().fileName())
                .text(nz(b.keySize())).value(option.key()).text(option.label())
                .value(String.valueOf(option.equals(b.chosenOption()))).value(c.status().words())
                .value(cents(c.upfront())).value(cents(c.monthlyRecurring())).value(cents(c.monthlyEffective()))
                .value(c.basis() == null ? "" : c.basis().fileName()).text(nz(c.reason()))
                .text(g == null || !g.available() ? "" : g.twinType() == null ? "arm64" : g.twinType())
                .value(twin == null ? "" : twin.status().words())
                .value(twin == null ? "" : cents(twin.monthlyEffective()))
                .value(CashFlow.of(c) == null ? "" : cents(CashFlow.of(c).first12()))
                .value(Money.CURRENCY);
    }

    private static String cents(BigDecimal v) { return v == null ? "" : Money.cents(v).toPlainString(); }

    private static String nz(String s) { return s == null ? "" : s; }
}
