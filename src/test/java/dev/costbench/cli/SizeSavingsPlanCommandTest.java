package dev.costbench.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.costbench.Main;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code costbench size-savings-plan} run in-process on small designs whose answer is worked out from the catalog. */
class SizeSavingsPlanCommandTest {
    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    private Path design(String blocks) throws Exception {
        Path file = dir.resolve("d.costbench.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"Shop\", \"scenarios\": [{\"name\": \"Base\", \"region\": \"us-east-1\","
                + " \"blocks\": [" + blocks + "]}]}");
        return file;
    }

    private static JsonNode json(String text) throws Exception {
        return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build().readTree(text);
    }

    @Test
    void aFlatFleetIsCoveredByItsOwnPlanCost() throws Exception {
        Path file = design("{\"id\": \"web\", \"kind\": \"asg\", \"instanceType\": \"m5.xlarge\", \"min\": 4, \"desired\": 4, \"max\": 4}");
        Run r = run("size-savings-plan", file.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode plans = json(r.out()).get("scenarios").get(0).get("plans");
        assertEquals(12, plans.size());
        JsonNode compute = plans.get(0);
        assertEquals("compute", compute.get("planType").asText());
        assertEquals("1y", compute.get("term").asText());
        assertEquals("no-upfront", compute.get("payment").asText());
        for (String key : List.of("commitmentPerHour", "coveragePct", "utilizationPct", "monthlyCost", "savingVsOnDemand",
                "breakEvenUtilizationPct"))
            assertTrue(compute.has(key), key);
        // a flat load is best covered whole: 4 instances × the catalog's plan rate for m5.xlarge, 100% used
        BigDecimal sp = CatalogLoader.bundled().ec2SavingsPlan("us-east-1", "m5.xlarge",
                new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT)).orElseThrow().usd();
        BigDecimal od = CatalogLoader.bundled().onDemand("us-east-1", "m5.xlarge").orElseThrow().usd();
        assertEquals(0, sp.multiply(BigDecimal.valueOf(4)).compareTo(compute.get("exactCommitmentPerHour").decimalValue()));
        assertEquals(sp.multiply(BigDecimal.valueOf(4)).setScale(3, RoundingMode.HALF_UP), compute.get("commitmentPerHour").decimalValue());
        // monthly cost = 4 × sp × 730 at the exact commitment; saving = 4 × (od − sp) × 730
        assertEquals(sp.multiply(BigDecimal.valueOf(4 * 730)).setScale(2, RoundingMode.HALF_UP),
                compute.get("monthlyCostAtExactCommitment").decimalValue());
        assertEquals(od.multiply(BigDecimal.valueOf(4 * 730)).setScale(2, RoundingMode.HALF_UP),
                compute.get("onDemandMonthly").decimalValue());
        // the EC2 Instance plan names its family
        assertEquals("m5", plans.get(6).get("scopes").get(0).get("scope").asText());
    }

    @Test
    void theTableHasARowPerPlan() throws Exception {
        Path file = design("{\"id\": \"web\", \"kind\": \"asg\", \"instanceType\": \"m5.xlarge\", \"min\": 4, \"desired\": 4, \"max\": 4}");
        Run r = run("size-savings-plan", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(12, r.out().lines().filter(l -> l.startsWith("Compute ") || l.startsWith("EC2 Instance ")).count());
        assertTrue(r.out().contains("commit $/h"));
    }

    @Test
    void anUnknownScenarioIsBadInputNamingTheFile() throws Exception {
        Path file = design("");
        Run r = run("size-savings-plan", file.toString(), "--scenario", "Nope");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("d.costbench.json: no scenario named \"Nope\""), r.err());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void benchPrintsTheMedian() {
        Run r = run("bench", "size-savings-plan", "--blocks", "50", "--runs", "2");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("whole answer") && r.out().contains("median"), r.out());
    }
}
