package dev.costbench.cli;

import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code costbench import terraform|drawio}: each fixture's design must come out as its golden file (run with
 * {@code -Dgolden.update=true} to record them again after a deliberate change), validate and price; bad input
 * gets one line naming the file and the place, and leaves no file behind.
 */
class ImportDesignCommandTest {
    private static final Path PROJECT = Path.of(System.getProperty("costbench.project.dir", "."));
    private static final Path FIXTURES = PROJECT.resolve("src/test/resources/imports");

    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private Run withDataDir(String... args) {
        return run(Stream.concat(Arrays.stream(args), Stream.of("--data-dir", dir.resolve("data").toString())).toArray(String[]::new));
    }

    @ParameterizedTest
    @CsvSource({
            "terraform, shop.plan.json, shop.infracost-usage.yml, shop-plan",
            "drawio, shop.drawio, , shop-drawio",
            "drawio, payments-compressed.drawio, , payments-compressed"})
    void eachImportMatchesItsGoldenFileAndThenValidatesAndPrices(String format, String source, String usage, String golden) throws Exception {
        Path out = dir.resolve(golden + ".costbench.json");
        String[] args = usage == null
                ? new String[]{"import", format, FIXTURES.resolve(source).toString(), "--out", out.toString()}
                : new String[]{"import", format, FIXTURES.resolve(source).toString(), "--out", out.toString(), "--usage", FIXTURES.resolve(usage).toString()};
        Run r = run(args);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("Imported " + source + ": "), r.out());
        assertTrue(r.out().contains("Wrote " + out), r.out());

        Path expected = PROJECT.resolve("src/test/resources/golden/imports/" + golden + ".costbench.json");
        if (Boolean.getBoolean("golden.update")) Files.copy(out, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Files.readString(expected), Files.readString(out), golden);

        Run validate = withDataDir("validate", out.toString());
        assertEquals(ExitCode.OK, validate.exit(), validate.out() + validate.err());
        Run price = withDataDir("price", out.toString(), "--format", "json");
        assertEquals(ExitCode.OK, price.exit(), price.err());
        assertFalse(price.out().contains("\"missing\" : [ {"), "every imported block has prices: " + price.out());
    }

    @Test
    void thePlanImportPrintsItsAssumptionsAndWhatItDidNotMap() {
        Run r = run("import", "terraform", FIXTURES.resolve("shop.plan.json").toString(), "--out", dir.resolve("s.costbench.json").toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        // without the usage file the load balancer's four LCU dimensions are assumptions too
        assertTrue(r.out().contains("shop-alb: new connections a second: 25 assumed (set new_connections in the usage file)"), r.out());
        assertTrue(r.out().contains("Not mapped (2):"), r.out());
        // the App Runner service is a block of its own kind now, its scaling AWS's default
        assertTrue(r.out().contains("admin: auto scaling: none referenced"), r.out());
        assertTrue(r.out().contains("aws_s3_bucket (no Costbench block kind): aws_s3_bucket.assets"), r.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "terraform | not-a-plan.json | is not a Terraform plan: it has no planned_values or resource_changes",
            "terraform | google-only.plan.json | the plan has no AWS resources (it plans google_compute_instance)",
            "terraform | truncated.plan.json | line 5, column 1: is not JSON",
            "terraform | shop.drawio | line 1, column 1: is not JSON",
            "terraform | no-such-plan.json | the file is not there",
            "drawio | garbage-compressed.drawio | page \"Broken\": the compressed page is damaged (not deflate data)",
            "drawio | broken-xml.drawio | line 4, column 5: is not a draw.io file (not well-formed XML)",
            "drawio | shop.plan.json | line 1, column 1: is not a draw.io file (not well-formed XML)"})
    void badInputGetsOneLineNamingTheFileAndPlaceAndWritesNothing(String format, String source, String problem) {
        Path out = dir.resolve("bad.costbench.json");
        Run r = run("import", format, FIXTURES.resolve(source).toString(), "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.out());
        String expected = "costbench: " + FIXTURES.resolve(source) + ": " + problem;
        assertTrue(r.err().startsWith(expected), "expected " + expected + "\nbut was " + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out), "nothing is written");
        assertEquals(0, dir.toFile().list().length, "no temporary file is left either");
    }

    @Test
    void aUsageFileThatIsNotOneIsNamedAndNothingIsWritten() throws Exception {
        Path usage = Files.writeString(dir.resolve("usage.yml"), "resource_usage:\n  aws_lb.web:\n    new_connections: lots\n");
        Path out = dir.resolve("u.costbench.json");
        Run r = run("import", "terraform", FIXTURES.resolve("shop.plan.json").toString(), "--out", out.toString(), "--usage", usage.toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.out());
        assertEquals("costbench: " + usage + ": aws_lb.web.new_connections: must be a number of 0 or more, not \"lots\"", r.err().strip());
        assertFalse(Files.exists(out));
    }
}
