package dev.costbench.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.Main;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden files in Infracost's style: {@code price --format json} of each example design, recorded in
 * src/test/resources/golden, must come out the same figure for figure. Cost lines of quantity 0 are left out
 * on both sides: they add nothing, and exist only so that a workbook follows an input raised from zero.
 * Run with {@code -Dgolden.update=true} to record the files again after a deliberate change of figures.
 */
class PriceGoldenFileTest {
    private static final Path PROJECT = Path.of(System.getProperty("costbench.project.dir", "."));
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    @ParameterizedTest
    @ValueSource(strings = {"web-shop", "data-platform", "licensed-workloads"})
    void priceJsonOfTheExampleMatchesItsGoldenFile(String example) throws Exception {
        String design = PROJECT.resolve("examples/" + example + ".costbench.json").toString();
        Path golden = PROJECT.resolve("src/test/resources/golden/" + example + ".price.json");
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(ExitCode.OK, cl.execute("price", design, "--format", "json"), err.toString());
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, out.toString());
        JsonNode expected = citedOnly(withoutZeroLines(JSON.readTree(Files.readString(golden))));
        JsonNode actual = citedOnly(withoutZeroLines(JSON.readTree(out.toString())));
        assertEquals("", firstDifference(expected.toPrettyString(), actual.toPrettyString()), example);
    }

    /** The first line where the two documents differ, with the lines before it, or "" when they agree. */
    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n"), a = actual.split("\n");
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>", al = i < a.length ? a[i] : "<end>";
            if (el.equals(al)) continue;
            StringBuilder context = new StringBuilder();
            for (int j = Math.max(0, i - 12); j < i; j++) context.append(e[j]).append('\n');
            return "line " + (i + 1) + ":\n" + context + "expected: " + el + "\nactual:   " + al;
        }
        return "";
    }

    /** The document with only the sources its lines still cite (a source only a line of quantity 0 cited goes). */
    private static JsonNode citedOnly(JsonNode document) {
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (JsonNode source : document.findValues("source")) if (source.isTextual()) cited.add(source.asText());
        if (document.get("sources") instanceof ObjectNode sources) sources.retain(cited);
        return document;
    }

    /** The document with every cost line whose quantity is 0 removed (recursively, wherever "lines" appear). */
    private static JsonNode withoutZeroLines(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<String> names = o.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode child = o.get(name);
                if (name.equals("lines") && child instanceof ArrayNode lines) {
                    for (int i = lines.size() - 1; i >= 0; i--) {
                        JsonNode q = lines.get(i).get("quantity");
                        if (q != null && q.isNumber() && q.decimalValue().signum() == 0) lines.remove(i);
                    }
                }
                withoutZeroLines(child);
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode child : a) withoutZeroLines(child);
        }
        return node;
    }
}
