package dev.costbench.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `price` in a region the catalog covers only in part: a coverage line, and totals that never read as $0. */
class RegionPriceOutputTest {
    @TempDir Path dir;

    private static final String ALB = """
            {"id": "edge", "kind": "load-balancer", "name": "Edge", "type": "alb", "newConnectionsPerSec": 50,
             "activeConnectionsPerMin": 3000, "processedGbPerHour": 2, "ruleEvaluationsPerSec": 100, "x": 0, "y": 0}""";
    private static final String LAMBDA = """
            {"id": "fn", "kind": "lambda", "name": "Thumbs", "memoryMb": 512, "architecture": "x86_64",
             "requestsPerMonth": 10000000, "avgDurationMs": 200, "x": 200, "y": 0}""";

    /** A design in Bahrain (me-south-1), where the catalog has no Lambda rates. */
    private Path bahrain(String blocks) throws Exception {
        Path file = dir.resolve("bahrain.costbench.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "Bahrain", "scenarios": [{"name": "Base", "region": "me-south-1",
                 "purchaseOption": "on-demand", "blocks": [%s], "connections": []}]}
                """.formatted(blocks));
        return file;
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        assertEquals(ExitCode.OK, exit, err.toString());
        return new String[]{out.toString(), err.toString()};
    }

    private static JsonNode json(String text) throws Exception {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build().readTree(text);
    }

    @Test
    void aTotalWithNothingPricedSaysMissingNotZero() throws Exception {
        String table = run("price", bahrain(LAMBDA).toString(), "--data-dir", dir.resolve("data").toString())[0];
        assertFalse(table.contains("$0.00"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("Total a month") && l.contains("1 missing")), table);
        // a Lambda function needs Lambda rates and the Compute Savings Plan's for Lambda: only those are spoken of, and
        // Bahrain's EC2 plan rates do not make a Lambda design's plans "estimated"
        assertTrue(table.contains("Prices this design needs in me-south-1: published none · estimated none · missing SP, Lambda"), table);

        JsonNode s = json(run("price", bahrain(LAMBDA).toString(), "--format", "json", "--scenario", "Base", "--data-dir", dir.resolve("data").toString())[0]);
        JsonNode onDemand = s.at("/totals/on-demand");
        assertTrue(onDemand.get("monthlyEffective").isNull(), "an incomplete total is unknown, not 0: " + onDemand);
        assertEquals("0.00", onDemand.at("/pricedPart/monthlyEffective").decimalValue().toPlainString());
        assertEquals(1, onDemand.get("missingBlocks").asInt());
        assertEquals("1 missing", onDemand.get("text").asText());
        assertEquals("missing", s.at("/coverage/services/Lambda/basis").asText());
        assertEquals("missing", s.at("/coverage/services/SP/basis").asText());
        // every block under its chosen option: unknown, not 0, as the totals
        JsonNode chosen = s.at("/chosen");
        for (String f : new String[] {"monthlyEffective", "upfront", "annual", "gravitonMonthlyEffective"})
            assertTrue(chosen.get(f).isNull(), f + " of an incomplete chosen total is unknown, not 0: " + chosen);
        assertEquals(1, chosen.get("missingBlocks").asInt());
        assertEquals("1 missing", chosen.get("text").asText());
        assertTrue(s.at("/coverage/services/EC2 OD").isMissingNode(), "a Lambda-only design needs no EC2 prices: " + s.at("/coverage"));
    }

    @Test
    void aNatGatewayInARegionWithoutItsRatesIsNamedMissingThere() throws Exception {
        // no source with provenance gives NAT gateway rates for Mumbai: the gateway is missing, never us-east-1's $0.045
        Path file = dir.resolve("mumbai.costbench.json");
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "Mumbai", "scenarios": [{"name": "Base", "region": "ap-south-1",
                 "purchaseOption": "on-demand", "blocks": [{"id": "nat", "kind": "nat-gateway", "name": "Egress NAT", "gateways": 2,
                 "x": 0, "y": 0}], "connections": []}]}
                """);
        String table = run("price", file.toString(), "--data-dir", dir.resolve("data").toString())[0];
        assertTrue(table.contains("Prices this design needs in ap-south-1: ") && table.contains("· missing NAT gateway"), table);
        assertTrue(table.contains("vpc nat_gateway_hour in ap-south-1"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("Egress NAT") && l.contains("missing")), table);
        assertFalse(table.contains("$65.70"), "2 × $0.045 × 730 is us-east-1's figure: " + table);
        JsonNode s = json(run("price", file.toString(), "--format", "json", "--scenario", "Base", "--data-dir", dir.resolve("data").toString())[0]);
        assertEquals("missing", s.at("/coverage/services/NAT gateway/basis").asText(), s.at("/coverage").toString());
    }

    @Test
    void aTotalWithSomeBlocksPricedShowsThePricedPartAndTheMissingCount() throws Exception {
        String table = run("price", bahrain(ALB + "," + LAMBDA).toString(), "--data-dir", dir.resolve("data").toString())[0];
        // ALB in me-south-1, estimated at 1.2309 × us-east-1: $0.0225 → 0.0276953 per hour, $0.008 → 0.0098472 per LCU-hour;
        // (0.0276953 + 2 × 0.0098472) × 730 h = 0.0473897 × 730 = $34.59
        assertTrue(table.lines().anyMatch(l -> l.startsWith("Total a month") && l.contains("~$34.59 + 1 missing")), table);
        JsonNode s = json(run("price", bahrain(ALB + "," + LAMBDA).toString(), "--format", "json", "--scenario", "Base",
                "--data-dir", dir.resolve("data").toString())[0]);
        assertEquals("34.59", s.at("/totals/on-demand/pricedPart/monthlyEffective").decimalValue().toPlainString());
        assertEquals("$34.59 + 1 missing", s.at("/totals/on-demand/text").asText());
        // the chosen total the same way: the priced part apart, never a figure that reads as complete
        assertTrue(s.at("/chosen/monthlyEffective").isNull(), s.at("/chosen").toString());
        assertEquals("34.59", s.at("/chosen/pricedPart/monthlyEffective").decimalValue().toPlainString());
        assertEquals("415.13", s.at("/chosen/pricedPart/annual").decimalValue().toPlainString());
        assertEquals("$34.59 + 1 missing", s.at("/chosen/text").asText());
    }
}
