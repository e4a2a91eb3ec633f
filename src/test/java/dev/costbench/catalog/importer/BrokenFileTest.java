package dev.costbench.catalog.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A broken file stops the import with a message naming the file, the place in it and the problem. */
class BrokenFileTest {
    @TempDir Path tmp;

    private PriceImportException importFails(Path... paths) {
        return assertThrows(PriceImportException.class,
                () -> new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(Fixtures.empty(), List.of(paths)));
    }

    private static void assertMentions(Exception e, String... parts) {
        for (String part : parts) assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertTrue(s.contains(from), from + " not in " + file);
        Files.writeString(file, s.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void truncatedJsonNamesTheLineAndTheLastSku() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        Path ec2 = aws.resolve(Fixtures.EC2_EU);
        String s = Files.readString(ec2);
        // cut inside the Reserved terms of the Linux m5.large SKU
        Files.writeString(ec2, s.substring(0, s.indexOf("\"EUM5LARGELINUX01.MZU6U2429S\"") + 40));
        PriceImportException e = importFails(aws);
        assertMentions(e, Fixtures.EC2_EU, "line ", "SKU EUM5LARGELINUX01", "truncated");
    }

    @Test
    void truncatedCsvIsCaughtByItsMissingLastLineBreak() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        Path csv = aws.resolve(Fixtures.EC2_US_WEST_CSV);
        String s = Files.readString(csv);
        Files.writeString(csv, s.substring(0, s.length() - 30));
        assertMentions(importFails(aws), Fixtures.EC2_US_WEST_CSV, "truncated");
    }

    @Test
    void anOfferFileForAnotherServiceThanItsIndexSays() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        replace(aws.resolve(Fixtures.EC2_EU), "\"offerCode\": \"AmazonEC2\"", "\"offerCode\": \"AmazonS3\"");
        assertMentions(importFails(aws), Fixtures.EC2_EU, "'AmazonS3'", "lists it for 'AmazonEC2'");
    }

    @Test
    void anOfferCostbenchDoesNotImport() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        Path ec2 = aws.resolve(Fixtures.EC2_EU);
        replace(ec2, "\"offerCode\": \"AmazonEC2\"", "\"offerCode\": \"AmazonRDS\"");
        assertMentions(importFails(ec2), "eu-west-1/index.json", "'AmazonRDS' is not an offer Costbench imports");
    }

    @Test
    void aPriceThatIsNotANumberNamesTheSkuAndRateCode() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        replace(aws.resolve(Fixtures.EC2_EU), "\"0.1070000000\"", "\"0.1O7\"");
        assertMentions(importFails(aws), Fixtures.EC2_EU, "SKU EUM5LARGELINUX01", "rate code EUM5LARGELINUX01.JRTCKXETXF.6YS6EN2CT7",
                "'0.1O7' is not a number");
    }

    @Test
    void aNegativePriceIsSaidToBeOne() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        replace(aws.resolve(Fixtures.EC2_EU), "\"0.1070000000\"", "\"-0.5\"");
        assertMentions(importFails(aws), Fixtures.EC2_EU, "SKU EUM5LARGELINUX01", "'-0.5' is below zero: AWS publishes no negative prices");
    }

    @Test
    void aPriceThatIsNotANumberInCsvNamesTheLine() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        replace(aws.resolve(Fixtures.EC2_US_WEST_CSV), "\"0.0960000000\"", "\"n/a\"");
        // line 7: five preamble lines, the header, then the m5.large On-Demand line
        assertMentions(importFails(aws), Fixtures.EC2_US_WEST_CSV, "line 7", "SKU USW2M5LARGELNX01", "'n/a' is not a number");
    }

    @Test
    void aSavingsPlansRateThatIsNotANumber() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        replace(aws.resolve(Fixtures.SP_EU), "\"0.0423\"", "\"-\"");
        assertMentions(importFails(aws), Fixtures.SP_EU, "Savings Plan SKU EC2SPM53YRALLUP1", "'-' is not a number");
    }

    @Test
    void aRegionIndexPointingAtAMissingFile() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        Files.delete(aws.resolve(Fixtures.ECS_EU));
        assertMentions(importFails(aws), "offers/v1.0/aws/AmazonECS/current/region_index.json", "region eu-west-1",
                Fixtures.ECS_EU + " is not in the folder");
    }

    @Test
    void aFolderWithoutAnIndex() {
        assertMentions(importFails(tmp), tmp.toString(), "offers/v1.0/aws/index.json");
    }

    @Test
    void aJsonFileThatIsNoPriceFile() throws IOException {
        Path f = tmp.resolve("design.json");
        Files.writeString(f, "{\"name\": \"not prices\", \"blocks\": []}\n");
        assertMentions(importFails(f), "design.json", "not a file Costbench imports");
    }

    @Test
    void anOfferFileWhoseRegionCannotBeTold() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        Path ec2 = aws.resolve(Fixtures.EC2_EU);
        Path lone = tmp.resolve("ec2.json");
        String s = Files.readString(ec2).replace("\"regionCode\": \"eu-west-1\"", "\"regionCode\": \"\"")
                .replace("EU (Ireland)", "Somewhere");
        Files.writeString(lone, s);
        assertMentions(importFails(lone), "ec2.json", "SKU EUM5LARGELINUX01", "cannot tell the region");
    }
}
