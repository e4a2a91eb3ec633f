package dev.costbench.export.csv;

import dev.costbench.export.CashFlow;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.PricedScenario;
import dev.costbench.export.TagTotals;
import dev.costbench.model.Block;
import dev.costbench.model.Tags;
import dev.costbench.files.AtomicFile;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One row per scenario, block and purchase option with the engine's figures in USD to the cent, whether it is the
 * option the block is bought as, and its cash flow (upfront in the month a term starts, recurring monthly).
 * UTF-8 with a byte-order mark (so Excel reads non-ASCII names), CRLF line ends (RFC 4180); text is
 * written by {@link CsvWriter}, which guards it against formula injection. Amounts of an option that is not applicable or
 * lacks a price are left empty and the reason says why: never 0.
 */
public final class CsvExporter {
    public static final List<String> HEADER = header();

    /**
     * The figures, then whether the option is the one the block is bought as, and the option's cash flow
     * ({@link CashFlow}): the first 12 months, the 36 months, and each month's payment; then the scenario's region
     * and the amounts' currency. After these come one {@code tag:KEY} column per tag key the design uses
     * ({@link TagTotals#keys}), empty where the block lacks the key.
     */
    private static List<String> header() {
        List<String> h = new java.util.ArrayList<>(List.of("scenario", "block_id", "block", "kind", "option", "status",
                "upfront_usd", "monthly_recurring_usd", "monthly_effective_usd", "basis", "reason", "chosen",
                "first_12_months_usd", "total_" + CashFlow.MONTHS + "_months_usd"));
        for (int m = 1; m <= CashFlow.MONTHS; m++) h.add(String.format(java.util.Locale.ROOT, "month_%02d_usd", m));
        // appended, so the columns before keep their places
        h.addAll(List.of("region", "currency"));
        return List.copyOf(h);
    }

    private CsvExporter() {}

    /** Writes to a temporary file beside {@code out} and renames it, so a failed export leaves no half file. */
    public static void write(ExportRequest request, Path out) throws IOException {
        AtomicFile.write(out, o -> write(request, o));
    }

    public static void write(ExportRequest request, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CsvWriter csv = new CsvWriter(w, "\r\n", CsvWriter.Quoting.ALL_TEXT);
        try {
            List<String> tagKeys = TagTotals.keys(request.scenarios().stream().map(PricedScenario::scenario).toList());
            for (String h : HEADER) csv.value(h);
            for (String key : tagKeys) csv.text(TagTotals.column(key));
            csv.endRow();
            for (PricedScenario ps : request.scenarios()) {
                for (BlockCost b : ps.report().blocks()) {
                    Tags tags = ps.scenario().block(b.blockId()).map(Block::tags).orElse(Tags.NONE);
                    for (PurchaseOption option : PurchaseOption.ALL) {
                        OptionCost c = b.option(option);
                        if (c == null) continue;
                        row(csv, ps.scenario().name(), b, option, c);
                        csv.text(ps.report().region()).text(Money.CURRENCY);
                        for (String key : tagKeys) csv.text(tags.get(key));
                        csv.endRow();
                    }
                }
            }
            csv.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void row(CsvWriter csv, String scenario, BlockCost b, PurchaseOption option, OptionCost c) {
        boolean priced = c.isPriced();
        csv.text(scenario).text(b.blockId()).text(b.name()).text(b.kind().fileName()).text(option.key())
                .text(c.status().words())
                .value(priced ? amount(c.upfront()) : null)
                .value(priced ? amount(c.monthlyRecurring()) : null)
                .value(priced ? amount(c.monthlyEffective()) : null);
        if (priced && c.basis() != null) csv.text(c.basis().fileName());
        else csv.value(null);
        csv.text(c.reason()).text(option.equals(b.chosenOption()) ? "yes" : "no");
        CashFlow.Flow flow = CashFlow.of(c);
        csv.value(flow == null ? null : amount(flow.first12())).value(flow == null ? null : amount(flow.total()));
        for (int m = 0; m < CashFlow.MONTHS; m++) csv.value(flow == null ? null : amount(flow.months().get(m)));
    }

    private static String amount(BigDecimal v) { return Money.cents(v).toPlainString(); }
}
