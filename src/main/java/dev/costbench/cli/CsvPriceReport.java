package dev.costbench.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.costbench.export.csv.CsvText;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.model.purchase.PurchaseOption;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row per block and purchase option, for a spreadsheet's pivot table: the option's status, money to
 * the cent (empty, never 0, when the option does not apply or its price is missing), basis, and the Graviton
 * twin's figure under the same option. Text is guarded against formula injection as the export's CSV is.
 */
final class CsvPriceReport {
    static final List<String> COLUMNS = List.of("scenario", "region", "block_id", "block_name", "kind", "key_size",
            "option", "option_label", "chosen", "status", "upfront", "monthly_recurring", "monthly_effective", "basis",
            "reason", "graviton_type", "graviton_status", "graviton_monthly_effective");

    private CsvPriceReport() {}

    static String render(List<CostReport> reports) {
        // quote only what needs quoting (commas, quotes, line breaks), so the file reads well in a text editor too
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
        CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\n");
        StringWriter out = new StringWriter();
        try (SequenceWriter rows = mapper.writer(schema).writeValues(out)) {
            rows.write(COLUMNS.toArray(String[]::new));
            for (CostReport r : reports)
                for (BlockCost b : r.blocks())
                    for (OptionMap.Entry<OptionCost> e : b.options()) rows.write(row(r, b, e.option(), e.value()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the price report as CSV", e);
        }
        return out.toString();
    }

    private static String[] row(CostReport r, BlockCost b, PurchaseOption option, OptionCost c) {
        GravitonTwin g = b.graviton();
        OptionCost twin = g != null && g.available() ? g.options().get(option) : null;
        return new String[]{text(r.scenario()), text(r.region()), text(b.blockId()), text(b.name()), b.kind().fileName(),
                text(nz(b.keySize())), option.key(), text(option.label()), String.valueOf(option.equals(b.chosenOption())),
                JsonPriceReport.status(c.status()), cents(c.upfront()), cents(c.monthlyRecurring()),
                cents(c.monthlyEffective()), c.basis() == null ? "" : c.basis().fileName(), text(nz(c.reason())),
                g == null || !g.available() ? "" : g.twinType() == null ? "arm64" : text(g.twinType()),
                twin == null ? "" : JsonPriceReport.status(twin.status()),
                twin == null ? "" : cents(twin.monthlyEffective())};
    }

    /** Text from the design goes through the export's formula-injection guard: one rule for every CSV Costbench writes. */
    private static String text(String s) { return CsvText.guarded(s); }

    private static String cents(BigDecimal v) { return v == null ? "" : Money.cents(v).toPlainString(); }

    private static String nz(String s) { return s == null ? "" : s; }
}
