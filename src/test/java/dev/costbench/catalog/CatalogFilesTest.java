package dev.costbench.catalog;

import dev.costbench.model.purchase.Term;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Writer → loader round trips, and the messages a broken catalog folder gives. */
class CatalogFilesTest {
    @TempDir
    Path dir;

    private PriceCatalog small;

    @BeforeEach
    void smallCatalog() {
        Provenance list = new Provenance("list", "AWS price list 20260720", "2026-07-20", Basis.PUBLISHED, null);
        Provenance guess = new Provenance("guess", "Estimate", "2026-07-20", Basis.ESTIMATED, "On-Demand × 0.6");
        small = PriceCatalog.builder().version("test-1").asOf("2026-07-20")
                .instanceType(new InstanceType("m5.large", "m5", "large", 2, new BigDecimal("8"),
                        Set.of(dev.costbench.model.Architecture.X86_64), "Intel", 29, true))
                // a name that does not give its family and size, and no processor family
                .instanceType(new InstanceType("odd", "custom", "one", 1, new BigDecimal("0.5"),
                        Set.of(dev.costbench.model.Architecture.ARM64, dev.costbench.model.Architecture.X86_64), null, 0, false))
                .source("list", list).source("guess", guess)
                .onDemand("us-east-1", "m5.large", new Rate(new BigDecimal("0.096"), "hour", list))
                .onDemand("us-east-1", "odd", new Rate(new BigDecimal("0.10"), "hour", guess))
                .reserved("us-east-1", "m5.large", new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT),
                        new ReservedRate(new BigDecimal("494"), BigDecimal.ZERO, list))
                .reserved("us-east-1", "m5.large", new ReservedKey(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.NO_UPFRONT),
                        new ReservedRate(BigDecimal.ZERO, new BigDecimal("0.049"), guess))
                .ec2SavingsPlan("us-east-1", "m5.large", new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT),
                        new Rate(new BigDecimal("0.071"), "hour", guess))
                .spot("us-east-1", "m5.large", new SpotRate(new BigDecimal("0.03264"), 3, "15-20%", guess))
                .serviceRate("us-east-1", "lambda", "requests", new Rate(new BigDecimal("0.0000002"), "request", list))
                .serviceSavingsPlan("us-east-1", "fargate", "linux_x86_vcpu_hour",
                        new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.THREE_YEAR, Payment.ALL_UPFRONT),
                        new Rate(new BigDecimal("0.0186284"), "vCPU-hour", guess))
                .offer("us-east-1", new OfferInfo("ec2", "2026-07-20", "20260720"))
                .region("eu-west-1")
                .build();
    }

    private String writeSmall() throws IOException {
        CatalogWriter.write(small, dir);
        return Files.readString(dir.resolve("regions/us-east-1.json"));
    }

    private void replaceInRegion(String from, String to) throws IOException {
        Path f = dir.resolve("regions/us-east-1.json");
        String s = Files.readString(f);
        assertTrue(s.contains(from), "test setup: " + from + " not in\n" + s);
        Files.writeString(f, s.replace(from, to));
    }

    private CatalogException loadFails() {
        return assertThrows(CatalogException.class, () -> CatalogLoader.load(dir));
    }

    @Test
    void writtenCatalogLoadsBackWithTheSameContent() throws IOException {
        CatalogWriter.write(small, dir);
        CatalogContent.assertSameContent(small, CatalogLoader.load(dir));
    }

    @Test
    void shippedCatalogSurvivesAWriteAndLoad() throws IOException {
        PriceCatalog shipped = CatalogLoader.bundled();
        CatalogWriter.write(shipped, dir);
        CatalogContent.assertSameContent(shipped, CatalogLoader.load(dir));
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        String first = writeSmall();
        String firstCatalog = Files.readString(dir.resolve("catalog.json"));
        CatalogWriter.write(CatalogLoader.load(dir), dir);
        assertEquals(first, Files.readString(dir.resolve("regions/us-east-1.json")));
        assertEquals(firstCatalog, Files.readString(dir.resolve("catalog.json")));
    }

    @Test
    void missingCatalogFileIsNamed() {
        CatalogException e = loadFails();
        assertEquals("catalog.json: not found in " + dir, e.getMessage());
    }

    @Test
    void truncatedFileGivesLineAndColumn() throws IOException {
        String s = writeSmall();
        // cut inside a string, and between array entries: Jackson reports the two differently
        for (String cut : new String[] {s.substring(0, s.indexOf("\"m5.large\"") + 4), s.substring(0, s.indexOf("[0,0.049]") + 3)}) {
            Files.writeString(dir.resolve("regions/us-east-1.json"), cut);
            CatalogException e = loadFails();
            assertTrue(e.getMessage().matches("regions/us-east-1\\.json: line \\d+, column \\d+: the file ends before its JSON is complete"),
                    e.getMessage());
        }
    }

    @Test
    void syntaxErrorIsNamedWithItsLine() throws IOException {
        writeSmall();
        replaceInRegion("\"m5.large\": 0.096", "\"m5.large\" 0.096");
        CatalogException e = loadFails();
        assertTrue(e.getMessage().startsWith("regions/us-east-1.json: line "), e.getMessage());
        assertTrue(e.getMessage().endsWith(": not valid JSON: '0' where a : should follow the field name"), e.getMessage());
    }

    @Test
    void priceThatIsNotANumberIsNamedWithItsPath() throws IOException {
        writeSmall();
        replaceInRegion("\"m5.large\": 0.096", "\"m5.large\": \"cheap\"");
        CatalogException e = loadFails();
        assertTrue(e.getMessage().startsWith("regions/us-east-1.json: line "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", at $.onDemand[1].rates[\"m5.large\"]: price \"cheap\" is not a number"), e.getMessage());
    }

    @Test
    void negativePriceIsRefused() throws IOException {
        writeSmall();
        replaceInRegion("[0,0.049]", "[0,-0.049]");
        CatalogException e = loadFails();
        assertTrue(e.getMessage().endsWith(", at $.reserved[0].rates[\"m5.large\"][9][1]: price -0.049 is negative"), e.getMessage());
    }

    @Test
    void unknownSourceIdIsRefused() throws IOException {
        writeSmall();
        replaceInRegion("\"source\": \"list\"", "\"source\": \"lsit\"");
        CatalogException e = loadFails();
        assertTrue(e.getMessage().endsWith(", at $.onDemand[1].source: source \"lsit\" is not in catalog.json's sources"),
                e.getMessage());
    }

    @Test
    void missingRegionFileIsNamed() throws IOException {
        writeSmall();
        Files.delete(dir.resolve("regions/eu-west-1.json"));
        assertEquals("regions/eu-west-1.json: not found in " + dir, loadFails().getMessage());
    }

    @Test
    void estimatedSourceWithoutRuleIsRefused() throws IOException {
        writeSmall();
        Path f = dir.resolve("catalog.json");
        Files.writeString(f, Files.readString(f).replace(",\n      \"rule\": \"On-Demand × 0.6\"", ""));
        CatalogException e = loadFails();
        assertTrue(e.getMessage().startsWith("catalog.json: line "), e.getMessage());
        assertTrue(e.getMessage().endsWith("estimated source \"guess\" needs the \"rule\" that produced it"), e.getMessage());
    }
}
