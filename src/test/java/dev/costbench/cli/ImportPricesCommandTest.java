package dev.costbench.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code costbench import-prices} and {@code bench import}, run in-process, and price seeing what was imported. */
class ImportPricesCommandTest {
    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path fixture(String name) {
        try {
            return Path.of(ImportPricesCommandTest.class.getResource("/importer/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two m5.large instances in us-west-2. */
    private Path oregonDesign() throws Exception {
        Path file = dir.resolve("oregon.costbench.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "Oregon", "scenarios": [{"name": "Base", "region": "us-west-2",
                 "purchaseOption": "on-demand", "blocks": [{"id": "web", "kind": "asg", "name": "Web",
                 "instanceType": "m5.large", "min": 2, "desired": 2, "max": 2, "x": 0, "y": 0}], "connections": []}]}
                """);
        return file;
    }

    private JsonNode priceJson(Path design, Path dataDir) throws Exception {
        Run r = run("price", design.toString(), "--scenario", "Base", "--format", "json", "--data-dir", dataDir.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(r.out());
    }

    @Test
    void importPricesPrintsTheChangeSummary() {
        Path data = dir.resolve("data");
        Run r = run("import-prices", fixture("aws").toString(), "--data-dir", data.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        // us-west-2 ships with Costbench; its On-Demand feed (2025-04-04) is newer than the file's, its Reserved offers are not
        assertTrue(r.out().contains("Regions added: none"), r.out());
        assertTrue(r.out().contains("Note: us-west-2 ec2: kept the catalog's rates (2025-04-04), which are newer than the file's (2025-03-01)"), r.out());
        assertTrue(r.out().contains("Estimates replaced by published rates: "), r.out());
        assertTrue(r.out().contains("us-west-2  ec2_reserved  2025-03-01  (AmazonEC2 offer file 20250301120000)"), r.out());
        // the first version of the user catalog, named by the pointer the commands read
        assertTrue(r.out().contains("Catalog written: " + data.resolve("catalog.v1")), r.out());
        assertTrue(Files.isRegularFile(data.resolve("catalog.v1/regions/us-west-2.json")));
    }

    @Test
    void priceUsesTheImportedRates() throws Exception {
        Path data = dir.resolve("data");
        Path design = oregonDesign();
        JsonNode before = priceJson(design, data);
        String ri = "/blocks/0/options/reserved~13y~1convertible~1partial-upfront";
        assertEquals("estimated", before.at(ri + "/basis").asText());

        assertEquals(ExitCode.OK, run("import-prices", fixture("aws").toString(), "--region", "us-west-2",
                "--data-dir", data.toString()).exit());

        JsonNode after = priceJson(design, data);
        // the file's published 3y convertible Partial Upfront offer replaces the shipped estimate:
        // 2 instances × ($736 ÷ 36 months + $0.028 × 730 h) = 2 × (20.4444 + 20.44) = $81.77
        JsonNode reserved = after.at(ri);
        assertEquals("priced", reserved.get("status").asText());
        assertEquals("81.77", reserved.get("monthlyEffective").decimalValue().toPlainString());
        assertEquals("published", reserved.get("basis").asText());
    }

    @Test
    void aBrokenFileIsOneLineAndExitCodeTwo() throws Exception {
        Path broken = dir.resolve("us-west-2").resolve("index.csv");
        Files.createDirectories(broken.getParent());
        String csv = Files.readString(fixture("aws/offers/v1.0/aws/AmazonEC2/20250301120000/us-west-2/index.csv"));
        Files.writeString(broken, csv.replace("\"0.0960000000\"", "\"0.09.6\""));
        Run r = run("import-prices", broken.toString(), "--data-dir", dir.resolve("data").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("costbench: us-west-2/index.csv: line 7, SKU USW2M5LARGELNX01"), r.err());
        assertFalse(Files.exists(dir.resolve("data/catalog")));
    }

    @Test
    void benchImportPrintsBothSpeedsAndKeepsTheFileOnlyWhenAsked() throws Exception {
        Path kept = dir.resolve("offer.json");
        Run r = run("bench", "import", "--size-mb", "2", "--keep", kept.toString(), "--data-dir", dir.resolve("data").toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().contains("bare Jackson token scan: "), r.out());
        assertTrue(r.out().contains("import / scan: "), r.out());
        assertTrue(Files.size(kept) > 1_000_000, "about 2 MB written");
        assertTrue(r.out().contains("offer file kept: " + kept), r.out());
    }

    @Test
    void benchImportRefusesASizeOfZero() {
        Run r = run("bench", "import", "--size-mb", "0");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("--size-mb must be from 1"), r.err());
    }
}
