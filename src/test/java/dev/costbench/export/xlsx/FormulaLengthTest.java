package dev.costbench.export.xlsx;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.export.ExportRequest;
import dev.costbench.export.PricedScenario;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.pricing.component.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Excel refuses a formula longer than 8,192 characters (and the file with it). Rules that grow with the design
 * (the Lambda account's GB-seconds over every function, an EKS node group's cluster compared with every earlier
 * node group's) are split over helper rows, so no formula of a 1,000- or 5,000-block design passes the limit.
 */
class FormulaLengthTest {
    private static final int EXCEL_LIMIT = 8_192;

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1_000, 5_000})
    void noFormulaPassesExcelsLimit(int blocks) throws Exception {
        Path out = dir.resolve("big.xlsx");
        WorkbookExporter.write(request(blocks), out);
        int longest = 0, formulas = 0;
        String where = "";
        XMLInputFactory xml = XMLInputFactory.newFactory();
        // a sheet of a big design is one long "entity" to the JDK's parser, past its default safety limits
        xml.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        xml.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().startsWith("xl/worksheets/")) continue;
                try (InputStream in = zip.getInputStream(e)) {
                    XMLStreamReader r = xml.createXMLStreamReader(in);
                    while (r.hasNext()) {
                        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("f")) {
                            int length = r.getElementText().length();
                            formulas++;
                            if (length > longest) { longest = length; where = e.getName(); }
                        }
                    }
                }
            }
        }
        assertTrue(formulas > 100_000, "a design this size has many formulas: " + formulas);
        assertTrue(longest <= EXCEL_LIMIT, "longest formula " + longest + " characters, in " + where);
    }

    /** Guards the test above: unsplit, the 5,000-block design's Lambda account total alone would pass the limit. */
    @Test
    void unsplitTheAccountTotalWouldPassTheLimit() {
        CostReport report = request(5_000).scenarios().getFirst().report();
        Quantity.Named total = null;
        for (BlockCost b : report.blocks())
            for (OptionCost oc : b.options().values())
                if (oc != null && oc.isPriced())
                    for (CostLine l : oc.lines())
                        if (l.hasRule() && total == null) total = accountTotal(l.rule());
        assertTrue(total != null, "the design has Lambda functions");
        // the names the workbook gives them: s1_<block id>_<field>
        String unsplit = FormulaText.of(total.formula(), new FormulaText.Names() {
            @Override public String of(String block, String field) { return "s1_" + block + "_" + InputNames.fieldName(field); }
            @Override public List<String> earlier(String field) { return List.of(); }
            @Override public String isOn(String setting) { return "TRUE"; }
        });
        assertTrue(unsplit.length() > EXCEL_LIMIT, "unsplit account total: " + unsplit.length() + " characters");
    }

    private static Quantity.Named accountTotal(Quantity q) {
        return switch (q) {
            case Quantity.Named n -> n.field().startsWith("account_") ? n : accountTotal(n.formula());
            case Quantity.IfAbove i -> first(accountTotal(i.left()), accountTotal(i.then()));
            case Quantity.Mul m -> first(accountTotal(m.left()), accountTotal(m.right()));
            case Quantity.Div d -> first(accountTotal(d.left()), accountTotal(d.right()));
            case Quantity.Add a -> first(accountTotal(a.left()), accountTotal(a.right()));
            case Quantity.Sub s -> first(accountTotal(s.left()), accountTotal(s.right()));
            case Quantity.Max m -> first(accountTotal(m.left()), accountTotal(m.right()));
            case Quantity.Min m -> first(accountTotal(m.left()), accountTotal(m.right()));
            case Quantity.If i -> first(accountTotal(i.then()), accountTotal(i.otherwise()));
            case Quantity.Band b -> accountTotal(b.of());
            case Quantity.Ceil c -> accountTotal(c.of());
            case Quantity.Floor f -> accountTotal(f.of());
            default -> null;
        };
    }

    private static Quantity.Named first(Quantity.Named a, Quantity.Named b) { return a != null ? a : b; }

    private static ExportRequest request(int blocks) {
        PricingEngine engine = new PricingEngine(CatalogLoader.bundled());
        Scenario design = SyntheticDesign.generate(blocks, 1L);
        return new ExportRequest("Generated design, " + blocks + " blocks", engine.catalog(),
                List.of(new PricedScenario(design, engine.price(design))));
    }
}
