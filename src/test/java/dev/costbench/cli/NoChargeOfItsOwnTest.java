package dev.costbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ExitCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Internet block has no charge of its own (the blocks sending to it pay for the GB): the CLI's table and JSON say
 * so, with the reason, instead of a $0.00 figure; its 0 still counts in the totals.
 */
class NoChargeOfItsOwnTest {
    private static final String DESIGN = Path.of(System.getProperty("costbench.project.dir", "."),
            "examples/container-platform.costbench.json").toString();

    private static String price(String... more) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] args = new String[more.length + 2];
        args[0] = "price";
        args[1] = DESIGN;
        System.arraycopy(more, 0, args, 2, more.length);
        assertEquals(ExitCode.OK, cl.execute(args), err.toString());
        return out.toString();
    }

    @Test
    void theTableShowsTheInternetAsNoChargeOfItsOwnNotZero() {
        String row = price().lines().filter(l -> l.startsWith("Internet ")).findFirst().orElseThrow();
        assertTrue(row.contains("no charge"), row);
        assertFalse(row.contains("$0.00"), row);
    }

    @Test
    void theJsonSaysWhyTheInternetHasNoChargeAndCountsItAsZero() throws Exception {
        JsonNode report = JsonMapper.builder().build().readTree(price("--format", "json"));
        JsonNode net = null;
        for (JsonNode b : report.at("/scenarios/0/blocks")) if (b.path("id").asText().equals("net")) net = b;
        JsonNode onDemand = net.at("/options/on-demand");
        assertEquals("priced", onDemand.path("status").asText(), net.toString());
        assertTrue(onDemand.path("noChargeOfItsOwn").asBoolean(), onDemand.toString());
        assertTrue(onDemand.path("reason").asText().contains("pay for the GB"), onDemand.toString());
        assertEquals(0, onDemand.path("monthlyEffective").decimalValue().signum(), onDemand.toString());
    }
}
