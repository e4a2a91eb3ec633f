package dev.costbench.export.xlsx;

import dev.costbench.model.ProductVersion;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.PricedScenario;
import dev.costbench.files.AtomicFile;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;

/**
 * Writes the finance workbook: a model, not values. Summary, Scenarios, Cash flow, Assumptions, Line items, Purchase
 * options, Graviton and Sources, where every total is a formula down to quantities over the Assumptions
 * inputs and unit prices on Sources. The sheets with a row per block are built in memory; Line items and
 * Purchase options, with a row per line and per option, are streamed (SXSSF) so a design of thousands of
 * blocks exports in bounded memory. Excel and LibreOffice recalculate every formula on open.
 */
public final class WorkbookExporter {
    /** Rows kept in memory per streamed sheet before they are flushed to disk. */
    private static final int STREAM_WINDOW = 200;

    /** What was written, for the command line to report. */
    public record Result(int blocks, int lineItems, int optionRows, int rates, int fixedQuantities) {}

    private WorkbookExporter() {}

    /**
     * Writes to a temporary file beside {@code out} and renames it, so a failed export leaves no half file;
     * the workbook gets the user's usual permissions, like any file they save.
     */
    public static Result write(ExportRequest request, Path out) throws IOException {
        Result[] r = new Result[1];
        AtomicFile.write(out, o -> r[0] = write(request, o));
        return r[0];
    }

    public static Result write(ExportRequest request, OutputStream out) throws IOException {
        PrivateTempFolder.use();
        Layout layout = new Layout(request);
        String title = request.title() == null || request.title().isBlank() ? "Costbench export" : request.title();
        XSSFWorkbook wb = SharedText.newWorkbook();
        Styles st = new Styles(wb);
        Sheet summary = wb.createSheet(SummarySheet.NAME);
        Sheet scenarios = wb.createSheet(ScenariosSheet.NAME);
        Sheet cashFlow = wb.createSheet(CashFlowSheet.NAME);
        Sheet assumptions = wb.createSheet(AssumptionsSheet.NAME);
        Sheet lines = wb.createSheet(LineItemsSheet.NAME);
        Sheet options = wb.createSheet(PurchaseOptionsSheet.NAME);
        Sheet graviton = wb.createSheet(GravitonSheet.NAME);
        Sheet sources = wb.createSheet(SourcesSheet.NAME);
        Sheet origins = wb.createSheet(SourcesSheet.ORIGINS_NAME);
        Sheet notesSheet = wb.createSheet(NotesSheet.NAME);
        List<NotesSheet.Note> notes = NotesSheet.notes(layout);

        ScenariosSheet.defineOptionKeys(wb);
        InjectedNames blockNames = new InjectedNames();
        List<AssumptionsSheet.Planned> inputs = AssumptionsSheet.frame(wb, assumptions, st, layout, title, blockNames);
        SourcesSheet.frame(sources, st, layout.sources, request.catalog(), title);
        SourcesSheet.frameOrigins(origins, title);
        LineItemsSheet.header(lines, st, layout, title);
        PurchaseOptionsSheet.header(options, st, layout, title);
        SummarySheet.frame(summary, st, layout, request.catalog(), title);
        GravitonSheet.frame(graviton, st, layout, title);
        ScenariosSheet.frame(scenarios, st, layout, title);
        CashFlowSheet.frame(cashFlow, st, layout, title);
        NotesSheet.frame(notesSheet, st, notes, title);
        properties(wb, request, title, SummarySheet.dates(layout.sources));
        wb.setActiveSheet(0);

        // rows go through SXSSF, which neither keeps them in memory nor parses formulas (POI's parser looks
        // defined names up one by one, which grows with the square of the block count)
        // each streamed sheet's writer, in the order of the sheets (POI makes one per sheet, in that order)
        List<FastSheetDataWriter> writers = new ArrayList<>();
        SXSSFWorkbook streaming = new SXSSFWorkbook(wb, STREAM_WINDOW) {
            /**
             * The fastest deflate: the sheets are about 100 MB of XML at 1,000 blocks, and the default level spent about
             * a second more of CPU on them for a file a fifth smaller.
             */
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream target) {
                // POI's stream (its default Zip64 "as needed"), with the block inputs' names added to the workbook part
                ZipArchiveOutputStream zip = blockNames.wrap(target);
                zip.setUseZip64(Zip64Mode.AsNeeded);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }

            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                FastSheetDataWriter writer = new FastSheetDataWriter((SharedText) wb.getSharedStringSource());
                writers.add(writer);
                return writer;
            }
        };
        try {
            AssumptionsSheet.rows(streaming.getSheet(AssumptionsSheet.NAME), st, inputs);
            SummarySheet.rows(streaming.getSheet(SummarySheet.NAME), st, layout);
            ScenariosSheet.rows(streaming.getSheet(ScenariosSheet.NAME), st, layout);
            GravitonSheet.rows(streaming.getSheet(GravitonSheet.NAME), st, layout);
            CashFlowSheet.rows(streaming.getSheet(CashFlowSheet.NAME), st, layout);
            if (writers.size() != wb.getNumberOfSheets()) throw new IllegalStateException(writers.size() + " sheet writers for "
                    + wb.getNumberOfSheets() + " sheets");
            int fixed;
            try {
                fixed = LineItemsSheet.rows(new StreamedRows(streaming.getSheet(LineItemsSheet.NAME),
                        writers.get(wb.getSheetIndex(LineItemsSheet.NAME)), layout.lastLineRow), st, layout);
                PurchaseOptionsSheet.rows(new StreamedRows(streaming.getSheet(PurchaseOptionsSheet.NAME),
                        writers.get(wb.getSheetIndex(PurchaseOptionsSheet.NAME)), layout.lastOptionRow), st, layout);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            SourcesSheet.rows(streaming.getSheet(SourcesSheet.NAME), streaming.getSheet(SourcesSheet.ORIGINS_NAME), st, layout.sources, request.catalog(), regions(request));
            NotesSheet.rows(streaming.getSheet(NotesSheet.NAME), st, notes);
            ByTagSheet.write(streaming, st, layout, title);
            streaming.setForceFormulaRecalculation(true);
            streaming.write(out);
            return new Result(layout.blocks.size(), Math.max(0, layout.lastLineRow - Layout.TABLE_HEADER_ROW),
                    Math.max(0, layout.lastOptionRow - PurchaseOptionsSheet.FIRST_ROW + 1), layout.sources.rates().size(), fixed);
        } finally {
            streaming.dispose();
            streaming.close();
        }
    }

    private static Set<String> regions(ExportRequest request) {
        Set<String> out = new LinkedHashSet<>();
        for (PricedScenario ps : request.scenarios()) out.add(ps.report().region());
        return out;
    }

    /** The file's properties, dated as Summary dates the workbook: by the rates it uses, not the catalog's own date. */
    private static void properties(XSSFWorkbook wb, ExportRequest request, String title, String ratesDated) {
        POIXMLProperties p = wb.getProperties();
        String asOf = ratesDated != null ? ratesDated : request.catalog().asOf();
        p.getCoreProperties().setTitle(title);
        p.getCoreProperties().setSubjectProperty("AWS compute cost model, prices as of " + asOf);
        p.getCoreProperties().setCreator("Costbench");
        p.getCoreProperties().setDescription("Every total is a formula over the Assumptions inputs and the Sources rates "
                + "(catalog " + request.catalog().version() + ", prices as of " + asOf + ").");
        p.getCoreProperties().setKeywords("AWS, cost, Costbench");
        p.getCustomProperties().addProperty("Prices as of", asOf);
        p.getCustomProperties().addProperty("Catalog version", request.catalog().version());
        p.getCustomProperties().addProperty("Costbench version", ProductVersion.number());
    }
}
