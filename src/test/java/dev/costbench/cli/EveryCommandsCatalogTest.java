package dev.costbench.cli;

import dev.costbench.Main;
import dev.costbench.project.ReadOnlyFolder;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command prices with the catalog the user imported (honouring --data-dir), writes CSV through one
 * formula guard, says when a design comes from a newer Costbench, and words export failures in the
 * product's terms.
 */
class EveryCommandsCatalogTest {
    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private static Path fixture(String name) {
        try {
            return Path.of(EveryCommandsCatalogTest.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One m5.large On-Demand in us-west-2 (a region only the imported catalog has), named {@code name}. */
    private Path oregonDesign(String name) throws Exception {
        Path file = dir.resolve("oregon.costbench.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "Oregon", "scenarios": [{"name": "Base", "region": "us-west-2",
                 "purchaseOption": "on-demand", "blocks": [{"id": "web", "kind": "asg", "name": "%s",
                 "instanceType": "m5.large", "min": 1, "desired": 1, "max": 1, "x": 0, "y": 0}], "connections": []}]}
                """.formatted(name));
        return file;
    }

    private Path importedData() {
        Path data = dir.resolve("data");
        Run imported = run("import-prices", fixture("aws/offers/v1.0/aws/AmazonEC2/20250301120000/us-west-2/index.csv").toString(),
                "--data-dir", data.toString());
        assertEquals(ExitCode.OK, imported.exit(), imported.err());
        return data;
    }

    @Test
    void exportPricesWithTheImportedCatalogOfTheDataDir() throws Exception {
        Path data = importedData();
        Path design = oregonDesign("Web");
        Path csv = dir.resolve("out.csv");
        Run r = run("export", design.toString(), "--csv", csv.toString(), "--data-dir", data.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        // imported us-west-2 m5.large On-Demand 0.096 $/h × 730 h × 1 instance = 70.08 a month
        String onDemand = Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(",\"on-demand\",")).findFirst().orElseThrow();
        assertTrue(onDemand.contains(",\"priced\",0.00,70.08,70.08,"), onDemand);
    }

    @Test
    void aDataDirGivenBeforeTheCommandHoldsForIt() throws Exception {
        // costbench --data-dir DIR price …: the folder the window takes, and the one every command must then use
        Path data = dir.resolve("before");
        Run imported = run("--data-dir", data.toString(), "import-prices",
                fixture("aws/offers/v1.0/aws/AmazonEC2/20250301120000/us-west-2/index.csv").toString());
        assertEquals(ExitCode.OK, imported.exit(), imported.err());
        assertTrue(dev.costbench.catalog.UserCatalog.exists(data), "imported into the folder given before the command");
        Run r = run("--data-dir", data.toString(), "price", oregonDesign("Web").toString(), "--format", "csv");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        // the imported us-west-2 m5.large: 0.096 × 730 = 70.08, which the shipped catalog does not have there
        assertTrue(r.out().lines().anyMatch(l -> l.contains(",on-demand,") && l.contains(",priced,0.00,70.08,70.08,")), r.out());
        // given after the command's name too, that one counts
        Run after = run("--data-dir", dir.resolve("elsewhere").toString(), "price", oregonDesign("Web").toString(),
                "--format", "csv", "--data-dir", data.toString());
        assertTrue(after.out().contains(",priced,0.00,70.08,70.08,"), after.out());
    }

    @Test
    void aRegionNoFileHasIsSaidNotUpToDate() {
        String offer = fixture("aws/offers/v1.0/aws/AmazonEC2/20250301120000/us-west-2/index.csv").toString();
        Run typo = run("import-prices", offer, "--region", "us-west-9", "--data-dir", dir.resolve("data").toString());
        assertEquals(ExitCode.BAD_INPUT, typo.exit(), typo.out());
        assertEquals("costbench: none of these files has prices for us-west-9 (a region code such as eu-west-1); nothing was imported",
                typo.err().strip());
        Run some = run("import-prices", offer, "--region", "us-west-2,us-west-9", "--data-dir", dir.resolve("data").toString());
        assertEquals(ExitCode.OK, some.exit(), some.err());
        assertTrue(some.out().contains("No prices for us-west-9 in these files."), some.out());
    }

    @Test
    void sizeSavingsPlanPricesWithTheImportedCatalogOfTheDataDir() throws Exception {
        Path data = importedData();
        Run r = run("size-savings-plan", oregonDesign("Web").toString(), "--format", "json", "--data-dir", data.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        // the same 0.096 × 730 = 70.08 of On-Demand spend a Compute plan can cover
        assertTrue(r.out().contains("\"computeEligibleOnDemandMonthly\" : 70.08"), r.out());
    }

    @Test
    void priceAsCsvGuardsTextThatWouldRunAsAFormula() throws Exception {
        Run r = run("price", oregonDesign("=HYPERLINK(\\\"http://x\\\")").toString(), "--format", "csv",
                "--data-dir", importedData().toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String row = r.out().lines().skip(1).findFirst().orElseThrow();
        // the block name, quoted because of its own quotes, starts with the guard's single quote
        assertTrue(row.contains(",web,\"'=HYPERLINK(\"\"http://x\"\")\","), row);
        assertFalse(r.out().contains(",=HYPERLINK") || r.out().contains(",\"=HYPERLINK"), r.out());
    }

    @Test
    void aDesignFromANewerCostbenchIsPricedWithAWord() throws Exception {
        Path design = oregonDesign("Web");
        Files.writeString(design, Files.readString(design).replace("\"schemaVersion\": 1", "\"schemaVersion\": 3"));
        Run r = run("price", design.toString(), "--data-dir", importedData().toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.err().contains("costbench: " + design + ": written by a newer Costbench (schema 3); this version "
                + "(schema 2) uses what it can read"), r.err());
    }

    @Test
    void xlsxExportWorksWhenTheSharedPoiFolderBelongsToSomeoneElse() throws Exception {
        // another user's <tmp>/poifiles, which this user cannot write into
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path theirs = Files.createDirectory(tmp.resolve("poifiles"));
        String saved = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        try (var ignored = ReadOnlyFolder.of(theirs)) {
            Path xlsx = dir.resolve("out.xlsx");
            Run r = run("export", oregonDesign("Web").toString(), "--xlsx", xlsx.toString(), "--data-dir", importedData().toString());
            assertEquals(ExitCode.OK, r.exit(), r.err());
            assertTrue(Files.size(xlsx) > 0);
            // the workbook has the permissions any new file of this user gets, not owner-only
            Path plain = Files.createFile(dir.resolve("plain"));
            assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx)));
        } finally {
            System.setProperty("java.io.tmpdir", saved);
        }
    }

    @Test
    void exportIntoAReadOnlyFolderNamesTheFileAskedForAndTheReason() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Path design = oregonDesign("Web");
        try (var ignored = ReadOnlyFolder.of(locked)) {
            Path csv = locked.resolve("out.csv");
            Run r = run("export", design.toString(), "--csv", csv.toString());
            assertEquals(ExitCode.BAD_INPUT, r.exit());
            // after the warning that the shipped catalog has no us-west-2 prices
            assertEquals("costbench: cannot write " + csv + ": permission denied: the folder " + locked + " or the file "
                    + "is read-only or belongs to someone else; nothing was written there", r.err().strip().lines().toList().getLast());
        }
    }

    @Test
    void importIntoAReadOnlyDataFolderSaysWhy() throws Exception {
        Path data = Files.createDirectory(dir.resolve("ro-data"));
        try (var ignored = ReadOnlyFolder.of(data)) {
            Run r = run("import-prices", fixture("aws/offers/v1.0/aws/AmazonEC2/20250301120000/us-west-2/index.csv").toString(),
                    "--data-dir", data.toString());
            assertEquals(ExitCode.BAD_INPUT, r.exit());
            assertEquals("costbench: " + data + ": cannot import into this folder: permission denied: the folder " + data
                    + " or the file is read-only or belongs to someone else", r.err().strip());
        }
    }

    @Test
    void specialFilesAreRefusedAtOnceByEveryCommand() throws Exception {
        for (List<String> args : List.of(List.of("price", "/dev/zero"), List.of("validate", "/dev/urandom"),
                List.of("import-prices", "/dev/zero", "--data-dir", dir.resolve("d").toString()))) {
            long start = System.nanoTime();
            Run r = run(args.toArray(String[]::new));
            assertEquals(ExitCode.BAD_INPUT, r.exit(), args + ": " + r.err());
            assertTrue(r.err().startsWith("costbench: /dev/"), r.err());
            assertTrue(r.err().contains("is not a file but a device, pipe or socket"), r.err());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, args + " took more than 5 s");
        }
    }
}
