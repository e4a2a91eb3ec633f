package dev.costbench.catalog.reference;

import dev.costbench.catalog.CatalogContent;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.CatalogWriter;
import dev.costbench.catalog.PriceCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped pricing-data/ is exactly what the rules give for its source tables, so it cannot drift from them. */
class ReferenceCatalogBuilderTest {
    private static Path projectDir;
    private static Path referenceDir;

    @BeforeAll
    static void locate() {
        String dir = System.getProperty("costbench.project.dir");
        assertTrue(dir != null, "surefire sets costbench.project.dir to the project folder");
        projectDir = Path.of(dir);
        // the source tables travel with the project, so the rebuild runs in any clone
        referenceDir = projectDir.resolve(SourceFiles.FOLDER);
        assertTrue(Files.isDirectory(referenceDir), "the source tables are in the repository: " + referenceDir);
    }

    @Test
    void rebuildingFromTheReferenceDataGivesTheShippedFilesByteForByte(@TempDir Path out) throws IOException {
        PriceCatalog rebuilt = ReferenceCatalogBuilder.build(referenceDir);
        CatalogWriter.write(rebuilt, out);
        Path shipped = projectDir.resolve("pricing-data");
        List<Path> shippedFiles = files(shipped).stream().filter(f -> !f.startsWith("sources")).toList();
        assertEquals(shippedFiles, files(out), "same files");
        for (Path f : shippedFiles) assertSameLines(f, Files.readAllLines(shipped.resolve(f)), Files.readAllLines(out.resolve(f)));
        CatalogContent.assertSameContent(rebuilt, CatalogLoader.load(shipped));
    }

    /** Names the first differing line rather than printing a 600 kB file. */
    private static void assertSameLines(Path file, List<String> shipped, List<String> rebuilt) {
        for (int i = 0; i < Math.min(shipped.size(), rebuilt.size()); i++)
            assertEquals(rebuilt.get(i), shipped.get(i), file + " line " + (i + 1)
                    + " differs from its rebuild: run ReferenceCatalogBuilder and commit pricing-data/");
        assertEquals(rebuilt.size(), shipped.size(), file + " line count");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    @Test
    void generationRatiosAreTheMediansOfThe2023Snapshot() throws IOException {
        GenerationRatios r = new GenerationRatios(ReferenceTable.read(referenceDir, GenerationRatios.FILE));
        // 638 of the 647 rows have a Linux RI; medians of RI effective ÷ On-Demand, to 4 places
        assertEquals("0.5880", r.measured().get(5).ratio().toPlainString());
        assertEquals(175, r.measured().get(5).samples());
        assertEquals("0.5880", r.measured().get(6).ratio().toPlainString());
        assertEquals("0.6171", r.measured().get(7).ratio().toPlainString());
        assertEquals(638, r.allTypes().samples());
        // generation 8 has no data and borrows generation 7's ratio; a name without a generation uses all types' median
        assertEquals("0.6171", r.groupFor("m8g.xlarge").ratio().toPlainString());
        assertEquals("gen8", r.groupFor("m8g.xlarge").id());
        assertEquals("all", r.groupFor("u-6tb1.metal").id());
    }

    @Test
    void generationIsTheNumberAfterTheFamilyLetters() {
        assertEquals(5, GenerationRatios.generation("m5.large").getAsInt());
        assertEquals(2, GenerationRatios.generation("x2iedn.32xlarge").getAsInt());
        assertEquals(7, GenerationRatios.generation("u7i-12tb.224xlarge").getAsInt());
        assertEquals(6, GenerationRatios.generation("p6-b200.48xlarge").getAsInt());
        assertTrue(GenerationRatios.generation("u-6tb1.metal").isEmpty());
    }
}
