package dev.costbench.export.csv;

import dev.costbench.export.ExportRequest;
import dev.costbench.export.PricedScenario;
import dev.costbench.files.AtomicFile;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * One row per scenario, block and purchase option with the engine's figures in USD to the cent.
 * UTF-8 with a byte-order mark (so Excel reads non-ASCII names), CRLF line ends (RFC 4180); text is
 * guarded against formula injection by {@link CsvText}. Amounts of an option that is not applicable or
 * lacks a price are left empty and the reason says why: never 0.
 */
public final class CsvExporter {
    public static final List<String> HEADER = List.of("scenario", "block_id", "block", "kind", "option", "status",
            "upfront_usd", "monthly_recurring_usd", "monthly_effective_usd", "basis", "reason");

    private CsvExporter() {}

    /** Writes to a temporary file beside {@code out} and renames it, so a failed export leaves no half file. */
    public static void write(ExportRequest request, Path out) throws IOException {
        AtomicFile.write(out, o -> write(request, o));
    }

    public static void write(ExportRequest request, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        w.write(String.join(",", HEADER));
        w.write("\r\n");
        for (PricedScenario ps : request.scenarios()) {
            for (BlockCost b : ps.report().blocks()) {
                for (PurchaseOption option : PurchaseOption.ALL) {
                    OptionCost c = b.option(option.key());
                    if (c == null) continue;
                    w.write(row(ps.scenario().name(), b, option, c));
                    w.write("\r\n");
                }
            }
        }
        w.flush();
    }

    private static String row(String scenario, BlockCost b, PurchaseOption option, OptionCost c) {
        boolean priced = c.isPriced();
        return String.join(",",
                CsvText.field(scenario),
                CsvText.field(b.blockId()),
                CsvText.field(b.name()),
                CsvText.field(b.kind().fileName()),
                CsvText.field(option.key()),
                CsvText.field(status(c.status())),
                priced ? amount(c.upfront()) : "",
                priced ? amount(c.monthlyRecurring()) : "",
                priced ? amount(c.monthlyEffective()) : "",
                priced && c.basis() != null ? CsvText.field(c.basis().fileName()) : "",
                CsvText.field(c.reason()));
    }

    /** The words the workbook uses too. */
    public static String status(OptionCost.Status s) {
        return switch (s) {
            case PRICED -> "priced";
            case NOT_APPLICABLE -> "not applicable";
            case MISSING -> "missing";
        };
    }

    private static String amount(BigDecimal v) { return Money.cents(v).toPlainString(); }
}
