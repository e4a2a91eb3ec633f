package dev.costbench.cli;

import dev.costbench.Main;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code costbench export} and {@code costbench bench export}, run in-process as a terminal would. */
class ExportCommandTest {
    private static final Path PROJECT = Path.of(System.getProperty("costbench.project.dir", "."));
    private static final String WEB_SHOP = PROJECT.resolve("examples/web-shop.costbench.json").toString();
    private static final String DATA_PLATFORM = PROJECT.resolve("examples/data-platform.costbench.json").toString();

    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void writesTheWorkbookAndTheCsv() throws Exception {
        Path xlsx = dir.resolve("web-shop.xlsx"), csv = dir.resolve("web-shop.csv");
        Run r = run("export", WEB_SHOP, "--xlsx", xlsx.toString(), "--csv", csv.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("Wrote " + xlsx + ": 1 scenario(s), 6 blocks, "), r.out());
        assertTrue(r.out().contains("Wrote " + csv), r.out());
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("Summary", wb.getSheetName(0));
            assertEquals(11, wb.getNumberOfSheets(), "ten sheets, then By tag");
        }
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(1 + 6 * 26, rows.size(), "header + 6 blocks × 26 options");
    }

    @Test
    void anOutputThatWouldReplaceTheDesignOrAnotherOutputIsRefused() throws Exception {
        Path design = dir.resolve("shop.costbench.json");
        Files.copy(Path.of(WEB_SHOP), design);
        byte[] before = Files.readAllBytes(design);
        Run overDesign = run("export", design.toString(), "--csv", design.toString());
        assertEquals(ExitCode.BAD_INPUT, overDesign.exit());
        assertEquals("costbench: cannot write " + design + ": it is the design being read, which it would replace",
                overDesign.err().strip());
        // the same file through another name
        Run throughDots = run("diagram", design.toString(), "--svg", dir.resolve(".").resolve("shop.costbench.json").toString());
        assertEquals(ExitCode.BAD_INPUT, throughDots.exit(), throughDots.err());
        assertArrayEquals(before, Files.readAllBytes(design), "the design is as it was");

        Path same = dir.resolve("review.out");
        Run twice = run("export", design.toString(), "--xlsx", same.toString(), "--csv", same.toString());
        assertEquals(ExitCode.BAD_INPUT, twice.exit());
        assertTrue(twice.err().contains("cannot write " + same + " twice: give each output its own file"), twice.err());
        assertFalse(Files.exists(same), "nothing written");

        Path aFile = dir.resolve("notes.txt");
        Files.writeString(aFile, "notes");
        Run underAFile = run("export", design.toString(), "--xlsx", aFile.resolve("o.xlsx").toString());
        assertEquals(ExitCode.BAD_INPUT, underAFile.exit());
        assertTrue(underAFile.err().contains(aFile + " is a file, not a folder"), underAFile.err());
    }

    @Test
    void aWorkbookOpenInAnOfficeSuiteOrMarkedReadOnlyIsLeftAsItIs() throws Exception {
        Path xlsx = dir.resolve("review.xlsx");
        Files.writeString(xlsx, "the reviewer's copy");
        Path lock = dir.resolve(".~lock.review.xlsx#");
        Files.writeString(lock, ",reviewer,host,04.12.2026 09:00,");
        Run open = run("export", WEB_SHOP, "--xlsx", xlsx.toString());
        assertEquals(ExitCode.BAD_INPUT, open.exit());
        assertEquals("costbench: cannot write " + xlsx + ": it is open in LibreOffice or Excel (their lock file .~lock.review.xlsx#"
                + " is beside it): close it there first, or write under another name; nothing was written there", open.err().strip());
        assertEquals("the reviewer's copy", Files.readString(xlsx));
        Files.delete(lock);
        Files.setPosixFilePermissions(xlsx, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Run readOnly = run("export", WEB_SHOP, "--xlsx", xlsx.toString());
        assertEquals(ExitCode.BAD_INPUT, readOnly.exit());
        assertTrue(readOnly.err().contains(": it is read-only: make it writable first, or write under another name"), readOnly.err());
        assertEquals("the reviewer's copy", Files.readString(xlsx));
    }

    @Test
    void exportsOneScenarioWhenAsked() throws Exception {
        Path csv = dir.resolve("graviton.csv");
        Run r = run("export", DATA_PLATFORM, "--csv", csv.toString(), "--scenario", "Graviton");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        // the Graviton scenario's 7 blocks × 26 options, and no other scenario
        assertEquals(1 + 7 * 26, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(l -> l.startsWith("\"Graviton\",")));
    }

    @Test
    void anUnknownScenarioIsOneLineNamingTheScenariosThereAre() {
        Run r = run("export", DATA_PLATFORM, "--xlsx", dir.resolve("x.xlsx").toString(), "--scenario", "Nope");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("costbench: " + DATA_PLATFORM + ": no scenario named \"Nope\" (the design has: Baseline, Graviton, Spot-heavy)",
                r.err().strip());
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }

    @Test
    void sayingNeitherOutputOrAMissingFolderIsBadInput() {
        Run none = run("export", WEB_SHOP);
        assertEquals(ExitCode.BAD_INPUT, none.exit());
        assertEquals("costbench: say where to write: --xlsx OUT and/or --csv OUT", none.err().strip());
        Path nowhere = dir.resolve("no-such-folder/out.xlsx");
        Run missing = run("export", WEB_SHOP, "--xlsx", nowhere.toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exit());
        assertEquals("costbench: cannot write " + nowhere + ": the folder " + nowhere.getParent() + " does not exist",
                missing.err().strip());
    }

    @Test
    void benchExportPrintsSecondsAndPeakHeap() {
        Run r = run("bench", "export", "--blocks", "40");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("Exported 40 blocks (seed 1): "), r.out());
        assertTrue(r.out().matches("(?s).*\\Rtime +\\d+\\.\\d\\d s \\(CPU \\d+\\.\\d\\d s\\)\\Rpeak heap \\d+ MB \\(max heap \\d+ MB\\)\\R.*"), r.out());
        // side by side, the bare POI write of as many cells
        assertTrue(r.out().matches("(?s).*\\Rcells +[\\d,]+ formulas, [\\d,]+ values\\Rbare POI +\\d+\\.\\d\\d s \\(CPU \\d+\\.\\d\\d s\\), [\\d.]+ MB.*\\Rexport +[\\d.]+× the bare write's CPU\\R"), r.out());
    }

    @Test
    void benchExportToAFolderIsBadInputNotAFailure() {
        Run r = run("bench", "export", "--blocks", "5", "--out", dir.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertEquals("costbench: cannot write " + dir + ": it is a folder", r.err().strip());
    }

    @Test
    void theBareWriteHasAsManyFormulaAndValueCellsAsCounted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bare = dir.resolve("bare.xlsx");
        ExportBench.writeBare(bare, 1_234, 567);
        long[] cells = ExportBench.countCells(bare);
        assertEquals(1_234, cells[0]);
        assertEquals(567, cells[1]);
    }
}
