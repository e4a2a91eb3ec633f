package dev.costbench.cli;

import dev.costbench.Main;
import dev.costbench.model.Block;
import dev.costbench.project.ProjectFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code costbench diagram}: both examples as PNG, SVG and PDF, each read back by a parser of its format. */
class DiagramCommandTest {
    private static final Path PROJECT = Path.of(System.getProperty("costbench.project.dir", "."));

    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--data-dir", dir.resolve("data").toString())).toArray(String[]::new);
        return new Run(cl.execute(all), out.toString(), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"web-shop", "data-platform"})
    void writesEachFormatThatItsReaderOpensWithEveryBlockNamed(String example) throws Exception {
        Path design = PROJECT.resolve("examples/" + example + ".costbench.json");
        Path png = dir.resolve(example + ".png"), svg = dir.resolve(example + ".svg"), pdf = dir.resolve(example + ".pdf");
        Run r = run("diagram", design.toString(), "--png", png.toString(), "--svg", svg.toString(), "--pdf", pdf.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.startsWith("Wrote ")).count(), r.out());

        List<String> names = ProjectFile.read(design).scenarios().getFirst().blocks().stream().map(Block::name).toList();
        String svgText = svgText(svg), pdfText = pdfText(pdf);
        for (String name : names) {
            assertTrue(svgText.contains(name), "the SVG names " + name);
            assertTrue(pdfText.contains(name), "the PDF names " + name);
        }
        // dated by its rates, as `price` dates them, not by the catalog's date (which would make the oldest look new)
        String dates = "rates of 2019-07-30 to 2026-07-20";
        assertTrue(svgText.contains(dates), svgText);
        assertTrue(run("price", design.toString()).out().contains(dates));
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 1000, "drawn at twice the canvas size, not " + image.getWidth());
    }

    @Test
    void theWebShopShowsItsFramesAndTheCostsTheReportHas() throws Exception {
        Path svg = dir.resolve("w.svg"), png = dir.resolve("w.png");
        Run r = run("diagram", PROJECT.resolve("examples/web-shop.costbench.json").toString(), "--svg", svg.toString(),
                "--png", png.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        String text = svgText(svg);
        // Web tier: 4 × m5.xlarge On-Demand at $0.192 an hour × 730 hours = $560.64 a month
        assertTrue(text.contains("$560.64/mo · OD"), text);
        // Catalog services: 3 × m5.large at $0.096 an hour × 730 = $210.24, plus the EKS cluster's $0.10 × 730 = $73.00
        assertTrue(text.contains("$283.24/mo · OD"), text);
        for (String frame : List.of("AWS Cloud", "US East (N. Virginia)", "Web shop VPC · 10.0.0.0/16",
                "Availability Zone 1 · us-east-1a", "App subnet · 10.0.1.0/24", "Public subnet"))
            assertTrue(text.contains(frame), "the SVG shows the frame " + frame);
        assertTrue(text.contains("HTTPS · 1.4 TB/month"), "a connection's label is drawn");
        // the page is the frames' extent (AWS Cloud: 866 × 510) plus a 28-unit margin each side and the 54-unit
        // title band: 922 × 620 units, at 2 pixels a unit
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(List.of(1844, 1240), List.of(image.getWidth(), image.getHeight()));
    }

    @Test
    void drawsTheScenarioNamed() throws Exception {
        Path svg = dir.resolve("g.svg");
        Run r = run("diagram", PROJECT.resolve("examples/data-platform.costbench.json").toString(), "--scenario", "Graviton",
                "--svg", svg.toString());
        assertEquals(ExitCode.OK, r.exit(), r.err());
        assertTrue(svgText(svg).contains("Data platform — Graviton"));
    }

    @Test
    void anUnknownScenarioListsTheDesignsScenarios() {
        Run r = run("diagram", PROJECT.resolve("examples/data-platform.costbench.json").toString(), "--scenario", "Peak",
                "--svg", dir.resolve("x.svg").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no scenario named \"Peak\" (the design has: Baseline, Graviton, Spot-heavy)"), r.err());
    }

    @Test
    void withoutAnOutputItSaysWhatToGive() {
        Run r = run("diagram", PROJECT.resolve("examples/web-shop.costbench.json").toString());
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("say where to write: --png OUT, --svg OUT and/or --pdf OUT"), r.err());
        assertTrue(!r.err().contains("Exception"), r.err());
    }

    private static String svgText(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // JFreeSVG writes the SVG 1.1 DOCTYPE; the test reads the file alone, without fetching the DTD
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getTagName()
                : doc.getDocumentElement().getLocalName());
        NodeList texts = doc.getElementsByTagName("text");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) all.append(texts.item(i).getTextContent()).append('\n');
        return all.toString();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            return new PDFTextStripper().getText(doc);
        }
    }
}
