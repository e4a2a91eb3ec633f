package dev.costbench.export;

import dev.costbench.export.csv.CsvExporter;
import dev.costbench.export.csv.CsvWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExporterTest {

    private static List<String> lines(ExportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.write(request, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "starts with a byte-order mark so Excel reads UTF-8");
        return List.of(text.substring(1).split("\r\n"));
    }

    @Test
    void oneRowPerBlockAndOptionWithFiguresToTheCent() throws Exception {
        List<String> rows = lines(HandPricedDesign.of("Web tier"));
        assertEquals(String.join(",", CsvExporter.HEADER), rows.get(0));
        assertEquals(1 + 26, rows.size(), "header + 26 options of the one block");
        // On-Demand: 4 × 0.192 × 730 = 560.64 a month, nothing upfront
        // then: the chosen option, 12 × 560.64 = 6,727.68 in the first year, 36 × 560.64 = 20,183.04, 560.64 a month
        assertEquals("\"Baseline\",\"g1\",\"Web tier\",\"asg\",\"on-demand\",\"priced\",0.00,560.64,560.64,\"published\",,"
                + "\"yes\",6727.68,20183.04" + ",560.64".repeat(36) + ",\"us-east-1\",\"USD\"", rows.get(1));
        // Spot: 4 × 0.07 × 730 = 204.40, on an estimated rate
        assertTrue(rows.get(2).startsWith("\"Baseline\",\"g1\",\"Web tier\",\"asg\",\"spot\",\"priced\",0.00,204.40,204.40,\"estimated\",,\"no\","),
                rows.get(2));
        // a missing price leaves the amounts empty (never 0) and says what is missing
        assertEquals("\"Baseline\",\"g1\",\"Web tier\",\"asg\",\"reserved/1y/standard/no-upfront\",\"missing\",,,,,"
                + "\"price not in catalog: ec2 reserved/1y/standard/no-upfront m5.xlarge in us-east-1\",\"no\",,," + ",".repeat(35)
                + ",\"us-east-1\",\"USD\"", rows.get(3));
    }

    @Test
    void namesThatLookLikeFormulasStayTextInCsv() throws Exception {
        List<String> rows = lines(HandPricedDesign.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-web", "@SUM(A1)", "Shop, \"EU\""));
        assertTrue(rows.get(1).startsWith("\"Baseline\",\"g1\",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), rows.get(1));
        assertTrue(rows.get(27).contains(",\"'+1\","), rows.get(27));
        assertTrue(rows.get(53).contains(",\"'-web\","), rows.get(53));
        assertTrue(rows.get(79).contains(",\"'@SUM(A1)\","), rows.get(79));
        // a comma and quotes inside a name stay inside one quoted field
        assertTrue(rows.get(105).contains(",\"Shop, \"\"EU\"\"\","), rows.get(105));
    }

    @Test
    void guardPrefixesOnlyTheCharactersThatStartAFormula() {
        assertEquals("\"'\tcmd\"", field("\tcmd"));
        assertEquals("\"'\rcmd\"", field("\rcmd"));
        assertEquals("\"web-1\"", field("web-1"));
        assertEquals("\"a=b\"", field("a=b"));
        assertEquals("", field(null));
    }

    @Test
    void quotingOnlyWhenNeededStillGuardsAndQuotesWhatMustBe() {
        StringWriter out = new StringWriter();
        new CsvWriter(out, "\n", CsvWriter.Quoting.WHEN_NEEDED).text("web-1").text("-1").text("a,b").value("0.10").endRow();
        assertEquals("web-1,'-1,\"a,b\",0.10\n", out.toString());
    }

    /** One text field as the export writes it. */
    private static String field(String text) {
        StringWriter out = new StringWriter();
        new CsvWriter(out, "", CsvWriter.Quoting.ALL_TEXT).text(text);
        return out.toString();
    }
}
