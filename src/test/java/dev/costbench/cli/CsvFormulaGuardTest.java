package dev.costbench.cli;

import dev.costbench.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both CSVs Costbench writes, {@code price --format csv} and {@code export --csv}, go through one writer: a block
 * name a spreadsheet would run as a formula reaches the spreadsheet as text, prefixed with a single quote.
 */
class CsvFormulaGuardTest {
    @TempDir Path dir;

    static Stream<Arguments> namesAndCommands() {
        List<Arguments> all = new ArrayList<>();
        for (String name : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(1)"))
            for (String command : List.of("price --format csv", "export --csv")) all.add(Arguments.of(name, command));
        return all.stream();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("namesAndCommands")
    void aBlockNamedLikeAFormulaIsWrittenAsText(String name, String command) throws Exception {
        Path design = dir.resolve("d.costbench.json");
        Files.writeString(design, """
                {"schemaVersion": 1, "name": "Shop", "scenarios": [{"name": "Base", "region": "us-east-1",
                 "purchaseOption": "on-demand", "blocks": [{"id": "web", "kind": "asg", "name": "%s",
                 "instanceType": "m5.large", "min": 1, "desired": 1, "max": 1, "x": 0, "y": 0}], "connections": []}]}
                """.formatted(name.replace("\"", "\\\"")));
        Path csv = dir.resolve("out.csv");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add(1, design.toString());
        if (command.startsWith("export")) args.add(csv.toString());
        args.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(ExitCode.OK, cl.execute(args.toArray(String[]::new)), err.toString());
        String text = command.startsWith("export") ? Files.readString(csv, StandardCharsets.UTF_8).substring(1) : out.toString();
        List<List<String>> rows = rows(text);
        int column = rows.getFirst().indexOf(command.startsWith("export") ? "block" : "block_name");
        assertTrue(rows.size() > 1, text);
        for (List<String> row : rows.subList(1, rows.size())) assertEquals("'" + name, row.get(column), String.join("|", row));
        // no field anywhere starts the formula unguarded
        for (List<String> row : rows) for (String field : row) assertFalse(field.equals(name), field);
    }

    /** RFC 4180 fields: a quoted field may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(field.toString()); field.setLength(0); }
            else if (c == '\r') { /* part of CRLF */ }
            else if (c == '\n') { row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); }
            else field.append(c);
        }
        return rows;
    }
}
