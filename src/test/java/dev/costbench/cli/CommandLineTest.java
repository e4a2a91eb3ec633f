package dev.costbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.costbench.Main;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the costbench command in-process, as a terminal or CI job would, and reads what it prints. */
class CommandLineTest {
    private static final Path PROJECT = Path.of(System.getProperty("costbench.project.dir", "."));
    private static final String WEB_SHOP = PROJECT.resolve("examples/web-shop.costbench.json").toString();
    private static final String DATA_PLATFORM = PROJECT.resolve("examples/data-platform.costbench.json").toString();

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

    /** Reads numbers as written (560.64 stays 560.64, 0.00 stays 0.00), the way a finance script would. */
    private static JsonNode json(String text) throws Exception {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build().readTree(text);
    }

    private static JsonNode block(JsonNode scenario, String id) {
        for (JsonNode b : scenario.get("blocks")) if (b.get("id").asText().equals(id)) return b;
        throw new AssertionError("no block " + id);
    }

    /** The brief's web shop with one field's value replaced, written to a file in the test's folder. */
    private Path webShopWith(String from, String to) throws Exception {
        String text = Files.readString(Path.of(WEB_SHOP));
        assertTrue(text.contains(from), from);
        Path file = dir.resolve("web-shop.costbench.json");
        Files.writeString(file, text.replace(from, to));
        return file;
    }

    private static void assertOneLineWithoutStackTrace(Run r) {
        assertEquals(ExitCode.BAD_INPUT, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void priceJsonFollowsTheContract() throws Exception {
        Run r = run("price", WEB_SHOP, "--scenario", "Baseline", "--format", "json");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        JsonNode report = json(r.out());
        assertTrue(report.at("/catalog/version").isTextual());
        assertTrue(report.at("/catalog/asOf").isTextual());
        assertEquals("Baseline", report.get("scenario").asText());
        assertEquals("us-east-1", report.get("region").asText());
        assertEquals(6, report.get("blocks").size());

        JsonNode web = block(report, "web");
        assertEquals("asg", web.get("kind").asText());
        assertEquals("Web tier", web.get("name").asText());
        assertEquals("on-demand", web.get("chosenOption").asText());
        assertEquals(26, web.get("options").size());
        for (PurchaseOption o : PurchaseOption.ALL) assertTrue(web.get("options").has(o.key()), o.key());
        // 4 × m5.xlarge at $0.192 an hour × 730 hours = $560.64 a month
        JsonNode onDemand = web.at("/options/on-demand");
        assertEquals("priced", onDemand.get("status").asText());
        assertEquals("560.64", onDemand.get("monthlyEffective").decimalValue().toPlainString());
        assertEquals("560.64", onDemand.get("monthlyRecurring").decimalValue().toPlainString());
        assertEquals("0.00", onDemand.get("upfront").decimalValue().toPlainString());
        assertEquals("published", onDemand.get("basis").asText());
        assertEquals("0.192", onDemand.at("/lines/0/unitPrice").decimalValue().toPlainString());
        assertTrue(web.get("graviton").has("available"));

        // a Lambda has no Reserved Instances: the option says so and carries no money
        JsonNode reserved = block(report, "thumbs").at("/options/reserved~11y~1standard~1no-upfront");
        assertEquals("not-applicable", reserved.get("status").asText());
        assertTrue(reserved.get("monthlyEffective").isNull());
        assertTrue(reserved.get("reason").isTextual());

        assertEquals(26, report.get("totals").size());
        JsonNode total = report.at("/totals/on-demand");
        for (String field : List.of("upfront", "monthlyRecurring", "monthlyEffective", "fallbackBlocks", "missingBlocks"))
            assertTrue(total.has(field), field);
        assertTrue(report.get("warnings").isArray());
        assertTrue(report.get("missing").isArray());
    }

    @Test
    void priceJsonWithoutAScenarioListsEveryScenario() throws Exception {
        Run r = run("price", DATA_PLATFORM, "--format", "json");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        JsonNode report = json(r.out());
        assertTrue(report.at("/catalog/version").isTextual());
        List<String> names = new java.util.ArrayList<>();
        report.get("scenarios").forEach(s -> names.add(s.get("scenario").asText()));
        assertEquals(List.of("Baseline", "Graviton", "Spot-heavy"), names);
        // Spot-heavy's EKS node group runs on Spot, so Spot is its chosen option whatever the scenario's default
        assertEquals("spot", block(report.at("/scenarios/2"), "query").get("chosenOption").asText());
    }

    @Test
    void priceTableShowsTheMainOptionsTotalsAndALegend() {
        Run r = run("price", WEB_SHOP);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String table = r.out();
        assertTrue(table.startsWith("Web shop — Baseline · us-east-1 · catalog "), table);
        assertTrue(table.contains("Block"), table);
        for (String column : List.of("On-Demand", "Best RI", "Best SP", "Spot", "Chosen", "Graviton", "Saving"))
            assertTrue(table.contains(column), column);
        String webRow = table.lines().filter(l -> l.startsWith("Web tier")).findFirst().orElseThrow();
        assertTrue(webRow.contains("4 × m5.xlarge") || webRow.contains("m5.xlarge"), webRow);
        assertTrue(webRow.contains("$560.64"), webRow);
        assertTrue(table.contains("Total a month"), table);
        assertTrue(table.contains("~        estimated"), table);
    }

    @Test
    void priceCsvHasOneRowPerBlockAndOption() {
        Run r = run("price", WEB_SHOP, "--format", "csv");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        // the fixed columns, then one column per tag key the example uses, in the order they first appear
        assertEquals(String.join(",", CsvPriceReport.COLUMNS) + ",tag:environment,tag:team,tag:cost-centre", lines.getFirst());
        assertEquals(1 + 6 * 26, lines.size(), "a header, then 6 blocks × 26 options");
        String webOnDemand = lines.stream().filter(l -> l.startsWith("Baseline,us-east-1,web,")).filter(l -> l.contains(",on-demand,"))
                .findFirst().orElseThrow();
        assertTrue(webOnDemand.contains(",true,priced,0.00,560.64,560.64,published,"), webOnDemand);
        assertTrue(webOnDemand.endsWith(",USD,production,storefront,retail"), webOnDemand);
        // an option that does not apply is said in the words the exported CSV and the workbook use
        String albReserved = lines.stream().filter(l -> l.startsWith("Baseline,us-east-1,edge,")).filter(l -> l.contains(",reserved/"))
                .findFirst().orElseThrow();
        assertTrue(albReserved.contains(",false,not applicable,"), albReserved);
        assertFalse(r.out().contains("not-applicable"), "the JSON's key, not the CSV's words");
    }

    @Test
    void aFileNameTheSystemCannotTakeIsSaidWithoutAClassName() {
        Run r = run("price", "design\u0000.json");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("'designU+0000.json' is not a file name this system can use"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBlankTagKeyIsBadInput() {
        Run r = run("price", WEB_SHOP, "--by-tag", " ");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("costbench: --by-tag needs a tag key, such as team or environment", r.err().strip());
    }

    @Test
    void priceByTagTotalsEachTeamAndTheTeamsAddUpToTheScenario() {
        Run r = run("price", WEB_SHOP, "--by-tag", "team");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        // storefront: the ALB's 28.11 + the web tier's 4 × 0.192 × 730 = 560.64; On-Demand is the chosen option throughout
        assertTrue(r.out().lines().anyMatch(l -> l.matches("storefront +2 +\\$588\\.75 +— +\\$588\\.75")), r.out());
        // the six blocks: 28.11 + 560.64 + 198.99 + 283.24 + 18.67 + 8.31 (Spot batch) = 1,097.96 from the rounded figures;
        // the exact ones add up to 1,097.95, the scenario's own total
        assertTrue(r.out().lines().anyMatch(l -> l.matches("Total +6 +\\$1,097\\.95 .*")), r.out());

        Run csv = run("price", WEB_SHOP, "--by-tag", "team", "--format", "csv");
        assertEquals(ExitCode.OK, csv.exit(), csv.err());
        assertEquals(String.join(",", TagPriceReport.CSV_COLUMNS), csv.out().lines().findFirst().orElseThrow());
        assertTrue(csv.out().contains("Baseline,us-east-1,USD,team,storefront,false,2,chosen,588.75,0.00,0\n"), csv.out());

        Run json = run("price", WEB_SHOP, "--by-tag", "environment", "--format", "json");
        assertEquals(ExitCode.OK, json.exit(), json.err());
        assertTrue(json.out().contains("\"label\" : \"production\""), json.out());

        Run none = run("price", WEB_SHOP, "--by-tag", "owner");
        assertTrue(none.out().contains("(untagged)") && none.out().contains("No block has the tag owner."), none.out());
    }

    @Test
    void validateSaysOkForTheExamples() {
        for (String example : List.of(WEB_SHOP, DATA_PLATFORM)) {
            Run r = run("validate", example);
            assertEquals(ExitCode.OK, r.exit(), r.out() + r.err());
            assertTrue(r.out().strip().endsWith("OK") || r.out().contains("OK ("), r.out());
        }
    }

    @Test
    void validateListsEveryProblemWithItsPathAndExitsWithOne() throws Exception {
        Path file = webShopWith("\"desired\": 3", "\"desired\": -3");
        Files.writeString(file, Files.readString(file).replace("\"memoryMb\": 512", "\"memoryMb\": 64"));
        Run r = run("validate", file.toString());
        assertEquals(ExitCode.PROBLEMS, r.exit(), r.err());
        assertEquals(List.of(
                file + ": $.scenarios[0].blocks[3].desired: must be from 0 to 100,000 nodes, not -3",
                file + ": $.scenarios[0].blocks[4].memoryMb: must be from 128 to 10,240 MB, not 64"), r.out().lines().toList());
    }

    @Test
    void validateReportsCatalogProblems() throws Exception {
        Path file = webShopWith("\"instanceType\": \"m5.xlarge\"", "\"instanceType\": \"m5.xlarg\"");
        Run r = run("validate", file.toString());
        assertEquals(ExitCode.PROBLEMS, r.exit());
        assertEquals(file + ": $.scenarios[0].blocks[1].instanceType: unknown instance type \"m5.xlarg\" (did you mean m5.xlarge?)",
                r.out().strip());
    }

    @Test
    void negativeCountStopsPriceWithOneLine() throws Exception {
        Path file = webShopWith("\"desired\": 3", "\"desired\": -3");
        Run r = run("price", file.toString());
        assertOneLineWithoutStackTrace(r);
        assertEquals("costbench: " + file + ": $.scenarios[0].blocks[3].desired: must be from 0 to 100,000 nodes, not -3",
                r.err().strip());
    }

    @Test
    void nonNumericCount() throws Exception {
        Run r = run("price", webShopWith("\"tasks\": 10", "\"tasks\": \"ten\"").toString());
        assertOneLineWithoutStackTrace(r);
        assertTrue(r.err().endsWith("$.scenarios[0].blocks[2].tasks: must be a whole number from 0 to 100,000 tasks, not \"ten\"\n"), r.err());
    }

    @Test
    void malformedJson() throws Exception {
        Run r = run("price", webShopWith("\"min\": 2,", "\"min\": 2").toString());
        assertOneLineWithoutStackTrace(r);
        assertTrue(r.err().contains(": $.scenarios[0].blocks[1].min: malformed JSON at line "), r.err());
    }

    @Test
    void unknownKind() throws Exception {
        Run r = run("price", webShopWith("\"kind\": \"lambda\"", "\"kind\": \"lamda\"").toString());
        assertOneLineWithoutStackTrace(r);
        assertTrue(r.err().endsWith("$.scenarios[0].blocks[4].kind: unknown block kind \"lamda\" (expected asg, ecs-service, "
                + "eks-node-group, lambda, batch-queue, load-balancer, app-runner, ecr-repository, ec2-instances, nat-gateway or internet)\n"), r.err());
    }

    @Test
    void unknownInstanceType() throws Exception {
        Run r = run("price", webShopWith("\"instanceType\": \"m5.xlarge\"", "\"instanceType\": \"m5.xlarg\"").toString());
        assertOneLineWithoutStackTrace(r);
        assertTrue(r.err().endsWith("$.scenarios[0].blocks[1].instanceType: unknown instance type \"m5.xlarg\" "
                + "(did you mean m5.xlarge?)\n"), r.err());
    }

    @Test
    void invalidFargatePair() throws Exception {
        Run r = run("price", webShopWith("\"memoryGb\": 2", "\"memoryGb\": 9").toString());
        assertOneLineWithoutStackTrace(r);
        assertTrue(r.err().endsWith("$.scenarios[0].blocks[2].memoryGb: a Fargate task with 1 vCPU takes 2 to 8 GB of memory "
                + "in 1 GB steps, not 9 GB\n"), r.err());
    }

    @Test
    void connectionToAMissingBlock() throws Exception {
        Run r = run("price", webShopWith("{\"from\": \"api\", \"to\": \"thumbs\"}", "{\"from\": \"api\", \"to\": \"thumb\"}").toString());
        assertOneLineWithoutStackTrace(r);
        assertTrue(r.err().endsWith("$.scenarios[0].connections[3].to: no block with id \"thumb\" in this scenario\n"), r.err());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.costbench.json");
        Run r = run("price", missing.toString());
        assertOneLineWithoutStackTrace(r);
        assertEquals("costbench: " + missing + ": file not found", r.err().strip());
        assertEquals(ExitCode.BAD_INPUT, run("validate", missing.toString()).exit());
    }

    @Test
    void unknownScenario() {
        Run r = run("price", DATA_PLATFORM, "--scenario", "Graviton2");
        assertOneLineWithoutStackTrace(r);
        assertEquals("costbench: " + DATA_PLATFORM + ": no scenario named \"Graviton2\" (the design has: Baseline, Graviton, "
                + "Spot-heavy)", r.err().strip());
    }

    @Test
    void unknownFormatIsAUsageError() {
        Run r = run("price", WEB_SHOP, "--format", "xml");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().startsWith("costbench: Invalid value for option '--format'"), r.err());
    }

    @Test
    void everyCommandAcceptsADataDir() {
        String data = dir.resolve("data").toString();
        assertEquals(ExitCode.OK, run("--data-dir", data).exit());
        assertEquals(ExitCode.OK, run("price", "--data-dir", data, WEB_SHOP, "--format", "csv").exit());
        assertEquals(ExitCode.OK, run("validate", "--data-dir", data, WEB_SHOP).exit());
        assertEquals(ExitCode.OK, run("bench", "reprice", "--data-dir", data, "--blocks", "5", "--runs", "1").exit());
    }

    @Test
    void noArgumentsPrintsUsage() {
        Run r = run();
        assertEquals(ExitCode.OK, r.exit());
        assertTrue(r.out().startsWith("Usage: costbench"), r.out());
        for (String command : List.of("price", "validate", "bench")) assertTrue(r.out().contains(command), command);
    }

    @Test
    void versionAndHelp() {
        assertTrue(run("--version").out().startsWith("Costbench "));
        assertTrue(run("price", "--help").out().contains("--scenario=NAME"));
    }

    @Test
    void benchRepricePrintsMedianAndP90() {
        Run r = run("bench", "reprice", "--blocks", "40", "--runs", "3");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        // warmed up for at least 10 rounds, then until the JIT compilers are quiet
        var warmUp = java.util.regex.Pattern.compile("Repriced 40 blocks \\(seed 1\\), 3 times each after (\\d+) warm-up runs "
                + "\\(\\d+\\.\\d s, (until the JIT compilers were quiet|the JIT compilers still at work)\\)\n").matcher(r.out());
        assertTrue(warmUp.lookingAt(), r.out());
        assertTrue(Integer.parseInt(warmUp.group(1)) >= 10, r.out());
        String timing = " +median \\d+\\.\\d\\d ms, p90 \\d+\\.\\d\\d ms, GC pauses \\d+ ms over the runs; calling thread's CPU median \\d+\\.\\d\\d ms,"
                + " whole program's CPU median -?\\d+\\.\\d\\d ms, allocated median -?\\d+\\.\\d MB\n";
        assertTrue(r.out().matches("(?s).*\nafter a one-block edit:" + timing + "every block renamed:" + timing + "every block's inputs changed:" + timing
                + "what-if traffic step:" + timing + "what-if step, tick shown before:" + timing
                + "what-if step after a one-block edit, ticks priced before it:" + timing
                + "what-if, all 16 traffic ticks priced ahead: \\d+ ms, whole program's CPU -?\\d+ ms\n"), r.out());
        assertEquals(ExitCode.BAD_INPUT, run("bench", "reprice", "--blocks", "0").exit());
    }

    @Test
    void benchUiRefusesOutOfRangeSettingsBeforeOpeningAWindow() {
        assertRefused("--blocks must be from 1 to 5000, not 0", "bench", "ui", "--blocks", "0");
        assertRefused("--pause must be from 0 to 10000 ms, not -1", "bench", "ui", "--blocks", "10", "--pause", "-1");
        assertEquals(ExitCode.BAD_INPUT, run("bench", "ui", "--blocks", "10", "--warmup", "-1").exit());
    }

    @Test
    void benchWhatIfRefusesOutOfRangeSettingsBeforeOpeningAWindow() {
        assertRefused("--blocks must be from 1 to 5000, not 5001", "bench", "what-if", "--blocks", "5001");
        assertRefused("--seconds must be from 0.5 to 60, not 0.1", "bench", "what-if", "--blocks", "10", "--seconds", "0.1");
    }

    /** The command refuses {@code args} as bad input, saying {@code message}. */
    private static void assertRefused(String message, String... args) {
        Run r = run(args);
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void benchLargeTimesEveryStepAndThePeakHeap() {
        Run r = run("bench", "large", "--blocks", "60", "--runs", "2");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(r.out().startsWith("Large design: 60 blocks, "), r.out());
        for (String step : List.of("save", "open", "price", "autosave", "export"))
            assertTrue(r.out().matches("(?s).*\\n" + step + " +\\d+ ms +\\d+ ms\\n.*"), step + " in:\n" + r.out());
        assertTrue(r.out().matches("(?s).*\\npeak heap used \\d+ MB \\(maximum heap \\d+ MB\\)\\n"), r.out());
        assertEquals(ExitCode.BAD_INPUT, run("bench", "large", "--blocks", "0").exit());
    }
}
