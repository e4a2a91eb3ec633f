package dev.costbench.export.diagram;

import dev.costbench.model.Block;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page a diagram is drawn on, and the limit that keeps a sprawling design from exhausting memory. */
class DiagramExporterTest {
    private static Block fn(String id, double x, double y) {
        return new LambdaFunction(id, "Function " + id, x, y, null, 128, null, 0, null, 512, 0, null, null);
    }

    @Test
    void thePageIsTheDrawingPlusMarginsAndTitle() {
        // blocks at (0, 0) and (400, 100) span 400 + 180 = 580 by 100 + 72 = 172 units
        Scenario s = new Scenario("S", null, List.of(fn("a", 0, 0), fn("b", 400, 100)), List.of(), null, false);
        Diagram d = new Diagram("Design", s, null, null);
        assertEquals(580 + 2 * 28, d.pageWidth());
        assertEquals(172 + 2 * 28 + 54, d.pageHeight());
        BufferedImage image = new DiagramExporter().image(d, 2);
        assertEquals(List.of(1272, 564), List.of(image.getWidth(), image.getHeight()), "636 × 282 units at 2 pixels each");
    }

    @Test
    void aHugeCanvasIsDrawnSmallerRatherThanRunOutOfMemory() {
        Container huge = new Container("vpc", ContainerKind.VPC, "VPC", 0, 0, 1_000_000, 1_000_000, null, null, null, List.of("a"));
        Scenario s = new Scenario("S", null, List.of(fn("a", 10, 10)), List.of(), null, false, "", null, List.of(huge));
        BufferedImage image = new DiagramExporter().image(new Diagram("Design", s, null, null), 2);
        assertTrue((double) image.getWidth() * image.getHeight() <= DiagramExporter.MAX_PIXELS * 1.01,
                image.getWidth() + " × " + image.getHeight());
    }

    @Test
    void aDiagramReplacesTheFileWholeRatherThanWritingIntoIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Scenario s = new Scenario("S", null, List.of(fn("a", 0, 0), fn("b", 400, 100)), List.of(), null, false);
        Diagram d = new Diagram("Design", s, null, null);
        for (DiagramFormat format : DiagramFormat.values()) {
            java.nio.file.Path out = dir.resolve("design." + format.name().toLowerCase(java.util.Locale.ROOT));
            java.nio.file.Files.writeString(out, "the picture an earlier export left");
            Object before = java.nio.file.Files.getAttribute(out, "unix:ino");
            new DiagramExporter().write(d, format, out);
            // a new file renamed over the old one: written in place, a full disk or a kill would leave half a picture
            assertTrue(!before.equals(java.nio.file.Files.getAttribute(out, "unix:ino")), format + " written into the old file");
            assertTrue(java.nio.file.Files.size(out) > 100, format + " written whole");
        }
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(DiagramFormat.values().length, files.count(), "no temporary file left behind");
        }
    }
}
