package dev.costbench.cli;

import dev.costbench.Main;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every command that prices goes through the one session, so every one of them prices with the catalog the user
 * imported into the folder given with --data-dir. The design is one m5.large in us-west-2, a region only the
 * imported catalog has: the shipped catalog would leave its price missing, so each output must show the imported
 * rate, 0.096 $/h, or the month it makes: 0.096 $/h × 730 h × 1 instance = $70.08.
 */
class ImportedCatalogEveryCommandTest {
    @TempDir static Path dir;
    static Path data;
    static Path design;

    private record Run(int exit, String out, String err) {}

    private static Run run(List<String> args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    @BeforeAll
    static void importUsWest2() throws Exception {
        data = dir.resolve("data");
        Path offer = Path.of(ImportedCatalogEveryCommandTest.class
                .getResource("/importer/aws/offers/v1.0/aws/AmazonEC2/20250301120000/us-west-2/index.csv").toURI());
        Run imported = run(List.of("import-prices", offer.toString(), "--data-dir", data.toString()));
        assertEquals(ExitCode.OK, imported.exit(), imported.err());
        design = dir.resolve("oregon.costbench.json");
        Files.writeString(design, """
                {"schemaVersion": 1, "name": "Oregon", "scenarios": [{"name": "Base", "region": "us-west-2",
                 "purchaseOption": "on-demand", "blocks": [{"id": "web", "kind": "asg", "name": "Web",
                 "instanceType": "m5.large", "min": 1, "desired": 1, "max": 1, "x": 0, "y": 0}], "connections": []}]}
                """);
    }

    /** A command line (FILE and OUT stand for the design and an output file) and what of its output shows the rate. */
    record Case(String name, List<String> args, Function<Path, String> output, String expected) {
        @Override public String toString() { return name; }
    }

    static Stream<Arguments> commands() {
        Function<Path, String> stdout = out -> null;
        return Stream.of(
                new Case("price (table)", List.of("price", "FILE"), stdout, "$70.08"),
                new Case("price --format json", List.of("price", "FILE", "--format", "json"), stdout, "70.08"),
                new Case("price --format csv", List.of("price", "FILE", "--format", "csv"), stdout, ",70.08,"),
                // the shipped catalog has no us-west-2: validate would warn that every price is missing
                new Case("validate", List.of("validate", "FILE"), stdout, "OK\n"),
                new Case("export --csv", List.of("export", "FILE", "--csv", "OUT.csv"), ImportedCatalogEveryCommandTest::text, ",70.08,"),
                new Case("export --xlsx", List.of("export", "FILE", "--xlsx", "OUT.xlsx"), ImportedCatalogEveryCommandTest::numbers, "\n0.096\n"),
                new Case("size-savings-plan", List.of("size-savings-plan", "FILE", "--format", "json"), stdout,
                        "\"computeEligibleOnDemandMonthly\" : 70.08"),
                new Case("diagram --svg", List.of("diagram", "FILE", "--svg", "OUT.svg"), ImportedCatalogEveryCommandTest::text, "$70.08/mo")
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void pricesWithTheImportedCatalogOfTheDataDir(Case c) {
        Path out = null;
        List<String> args = new ArrayList<>();
        for (String a : c.args()) {
            if (a.equals("FILE")) a = design.toString();
            else if (a.startsWith("OUT")) a = (out = dir.resolve(c.name().replaceAll("\\W+", "-") + a.substring(3))).toString();
            args.add(a);
        }
        args.addAll(List.of("--data-dir", data.toString()));
        Run r = run(args);
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String shown = out == null ? r.out() : c.output().apply(out);
        assertTrue(shown.contains(c.expected()), c.name() + " shows " + shown);
        assertTrue(!r.err().contains("missing") && !r.err().contains("not in the price catalog"), r.err());
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Every number cell of the workbook (formulas by their cached value), one per line: the Sources sheet holds the rates. */
    private static String numbers(Path file) {
        StringBuilder b = new StringBuilder("\n");
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb)
                for (Row row : s)
                    for (Cell cell : row) {
                        CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
                        if (t == CellType.NUMERIC)
                            b.append(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()).append('\n');
                    }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return b.toString();
    }
}
