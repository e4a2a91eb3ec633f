package dev.costbench.catalog.importer;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.CatalogException;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import dev.costbench.catalog.UserCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Importing into the user's catalog folder: what it adds, and that a failure leaves the folder as it was. */
class UserCatalogImportTest {
    private static final SavingsPlanKey EC2_1Y_NO = new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.ONE_YEAR, Payment.NO_UPFRONT);

    @TempDir Path tmp;

    private Path dataDir() { return tmp.resolve("data"); }

    private ChangeSummary importInto(Path... paths) {
        return new PriceImporter(Set.of(), ImportMonitor.SILENT).importInto(dataDir(), List.of(paths));
    }

    @Test
    void withoutAUserCatalogTheShippedOneIsUsed() {
        assertFalse(UserCatalog.exists(dataDir()));
        assertTrue(UserCatalog.load(dataDir()) == CatalogLoader.bundled());
    }

    @Test
    void anEc2InstanceSavingsPlanRateReplacesItsEstimate() {
        Rate before = CatalogLoader.bundled().ec2SavingsPlan("us-east-1", "m5.large", EC2_1Y_NO).orElseThrow();
        assertEquals(Basis.ESTIMATED, before.provenance().basis());

        ChangeSummary s = importInto(Fixtures.resources().resolve("savings-plans-us-east-1.json"));

        Rate after = UserCatalog.load(dataDir()).ec2SavingsPlan("us-east-1", "m5.large", EC2_1Y_NO).orElseThrow();
        assertEquals(Basis.PUBLISHED, after.provenance().basis());
        assertEquals(0, new BigDecimal("0.0590").compareTo(after.usd()));
        assertEquals("2025-03-10", after.provenance().asOf());
        // m5.large and m5.xlarge under the EC2 Instance plan, m5.large under the 3y All Upfront Compute plan
        assertEquals(3, s.estimatesReplaced());
        assertEquals("2025-03-10", UserCatalog.load(dataDir()).offers("us-east-1").get("savings_plans").publicationDate());
    }

    @Test
    void aShippedRegionKeepsItsNewerRatesAndTakesTheFilesPublishedOffers() {
        assertTrue(CatalogLoader.bundled().hasRegion("us-west-2"));
        ChangeSummary s = importInto(Fixtures.aws(Fixtures.EC2_US_WEST_CSV));
        PriceCatalog c = UserCatalog.load(dataDir());
        assertEquals(List.of(), s.regionsAdded());
        // the shipped On-Demand rate (feed of 2025-04-04) is newer than the file's (2025-03-01)
        assertEquals("2025-04-04", c.onDemand("us-west-2", "m5.large").orElseThrow().provenance().asOf());
        // the file's published 3y convertible Partial Upfront offer replaces the shipped estimate
        ReservedRate ri = c.reserved("us-west-2", "m5.large",
                new ReservedKey(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.PARTIAL_UPFRONT)).orElseThrow();
        assertEquals(Basis.PUBLISHED, ri.provenance().basis());
        assertEquals(0, new BigDecimal("736").compareTo(ri.upfront()));
        assertTrue(c.regions().containsAll(CatalogLoader.bundled().regions()));
        assertTrue(Files.isRegularFile(UserCatalog.folder(dataDir()).resolve("regions/us-west-2.json")));
    }

    @Test
    void importsAddUp() {
        importInto(Fixtures.aws(Fixtures.EC2_US_WEST_CSV));
        importInto(Fixtures.aws(Fixtures.EKS_EU));
        PriceCatalog c = UserCatalog.load(dataDir());
        assertTrue(c.hasRegion("us-west-2"));
        assertEquals(0, new BigDecimal("0.60").compareTo(c.serviceRate("eu-west-1", "eks", "cluster_hour_extended_support").orElseThrow().usd()));
    }

    // ---- a failed import leaves the catalog folder byte for byte as it was ----------------------------

    private void assertFailureLeavesCatalogAlone(Consumer<Path> breakFixtures, String... messageParts) throws IOException {
        importInto(Fixtures.aws(Fixtures.EKS_EU)); // the user catalog exists before the failed import
        Map<String, String> before = hashes(UserCatalog.folder(dataDir()));
        Path aws = Fixtures.copyAws(tmp);
        breakFixtures.accept(aws);

        PriceImportException e = assertThrows(PriceImportException.class, () -> importInto(aws));

        for (String part : messageParts) assertTrue(e.getMessage().contains(part), "'" + part + "' not in: " + e.getMessage());
        assertEquals(before, hashes(UserCatalog.folder(dataDir())));
        try (Stream<Path> left = Files.list(dataDir())) {
            // the pointer, the import lock and the one version: no half-written second version left behind
            assertEquals(List.of("catalog.current", "catalog.lock", "catalog.v1"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aTruncatedFileLeavesTheCatalogAlone() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.LAMBDA_EU), s -> s.substring(0, s.indexOf("LAMBDAPROVDUR001") + 200)),
                Fixtures.LAMBDA_EU, "line ", "truncated");
    }

    @Test
    void aWrongOfferCodeLeavesTheCatalogAlone() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.ELB_EU),
                        s -> s.replace("\"offerCode\": \"AWSELB\"", "\"offerCode\": \"AmazonEC2\"")),
                Fixtures.ELB_EU, "the file is for 'AmazonEC2' but its index lists it for 'AWSELB'");
    }

    @Test
    void aPriceThatIsNotANumberLeavesTheCatalogAlone() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.ECS_EU), s -> s.replace("\"0.0323800000\"", "\"0,03238\"")),
                Fixtures.ECS_EU, "SKU ECSFARGATEARMCPU", "'0,03238' is not a number");
    }

    @Test
    void aRegionIndexPointingAtAMissingFileLeavesTheCatalogAlone() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> delete(aws.resolve(Fixtures.SP_EU)),
                "savingsPlan/v1.0/aws/AWSComputeSavingsPlan/current/region_index.json", "region eu-west-1",
                Fixtures.SP_EU + " is not in the folder");
    }

    @Test
    void aCancelledImportLeavesTheCatalogAlone() throws IOException {
        importInto(Fixtures.aws(Fixtures.EKS_EU));
        Map<String, String> before = hashes(UserCatalog.folder(dataDir()));
        ImportMonitor cancelled = new ImportMonitor() {
            @Override public void progress(String file, long bytesDone, long bytesTotal) {}
            @Override public boolean cancelled() { return true; }
        };
        assertThrows(ImportCancelledException.class,
                () -> new PriceImporter(Set.of(), cancelled).importInto(dataDir(), List.of(Fixtures.aws())));
        assertEquals(before, hashes(UserCatalog.folder(dataDir())));
    }

    @Test
    void aFailedFirstImportCreatesNoCatalog() throws IOException {
        Path aws = Fixtures.copyAws(tmp);
        delete(aws.resolve(Fixtures.EC2_US_WEST_CSV));
        assertThrows(PriceImportException.class, () -> importInto(aws));
        assertFalse(Files.exists(UserCatalog.folder(dataDir())));
        assertTrue(UserCatalog.load(dataDir()) == CatalogLoader.bundled());
    }

    @Test
    void aCatalogKeptTheOldWayIsReadAndTheFirstImportBuildsOnIt() throws IOException {
        importInto(Fixtures.aws(Fixtures.EC2_US_WEST_CSV));
        // as a Costbench that kept one folder and died between its two renames would have left it
        Files.move(UserCatalog.folder(dataDir()), dataDir().resolve("catalog.previous"));
        Files.delete(dataDir().resolve("catalog.current"));
        assertTrue(UserCatalog.load(dataDir()).hasRegion("us-west-2"));
        importInto(Fixtures.aws(Fixtures.EKS_EU));
        assertTrue(UserCatalog.load(dataDir()).hasRegion("us-west-2"));
        assertEquals(dataDir().resolve("catalog.v1"), UserCatalog.folder(dataDir()));
    }

    // ---- bad values are refused where they are read, naming the imported file and the SKU -------------

    @Test
    void aPriceTooLargeForAnyRateIsRefusedNamingTheFileAndSku() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.EC2_EU),
                        s -> s.replace("\"USD\": \"0.1070000000\"", "\"USD\": \"1E+400\"")),
                Fixtures.EC2_EU + ": line ", "SKU EUM5LARGELINUX01", "price '1E+400' is out of range");
    }

    @Test
    void aPriceOfFortyDigitsIsRefusedNamingTheFileAndSku() throws IOException {
        String forty = "1234567890123456789012345678901234567890";
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.EC2_EU),
                        s -> s.replace("\"USD\": \"0.1070000000\"", "\"USD\": \"" + forty + "\"")),
                Fixtures.EC2_EU + ": line ", "SKU EUM5LARGELINUX01", "price '" + forty + "' is out of range");
    }

    @Test
    void aPublicationDateThatIsNoDayIsRefusedNamingTheFile() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.EC2_EU),
                        s -> s.replace("\"publicationDate\": \"2025-03-01T12:00:00Z\"", "\"publicationDate\": \"2025-05-50T12:00:00Z\"")),
                Fixtures.EC2_EU + ": publicationDate: '2025-05-50T12:00:00Z' is not a date");
    }

    @Test
    void aPublicationDateThatIsMarkupIsRefusedNamingTheFile() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.EC2_EU),
                        s -> s.replace("\"publicationDate\": \"2025-03-01T12:00:00Z\"", "\"publicationDate\": \"<script>\"")),
                Fixtures.EC2_EU + ": publicationDate: '<script>' is not a date");
    }

    @Test
    void anInstanceTypeThatIsNoNameIsRefusedNamingTheFileAndSku() throws IOException {
        assertFailureLeavesCatalogAlone(aws -> rewrite(aws.resolve(Fixtures.EC2_EU),
                        s -> s.replaceFirst("\"instanceType\": \"m5.large\"", "\"instanceType\": \"%s%n%x\"")),
                Fixtures.EC2_EU + ": SKU EUM5LARGELINUX01: instance type '%s%n%x' is not an instance type name");
    }

    // ---- one publication imported twice under two names ---------------------------------------------

    @Test
    void anOfferFileAndThenTheFolderItCameFromImportWithoutAConflict() {
        importInto(Fixtures.aws(Fixtures.EC2_EU));
        ChangeSummary s = importInto(Fixtures.aws());
        // the second import adds the other services; m5.large in eu-west-1 is still the file's 0.107 $/h
        assertFalse(s.isEmpty());
        PriceCatalog c = UserCatalog.load(dataDir());
        assertEquals(0, new BigDecimal("0.107").compareTo(c.onDemand("eu-west-1", "m5.large").orElseThrow().usd()));
        assertTrue(c.hasRegion("us-west-2"));
    }

    // ---- versions: a reader sees one whole catalog --------------------------------------------------

    @Test
    void eachImportIsANewVersionAndTheOneBeforeStaysWholeForReadersStillOnIt() throws IOException {
        importInto(Fixtures.aws(Fixtures.EC2_US_WEST_CSV));
        Path first = UserCatalog.folder(dataDir());
        Map<String, String> firstFiles = hashes(first);
        importInto(Fixtures.aws(Fixtures.EKS_EU));
        Path second = UserCatalog.folder(dataDir());
        assertEquals(dataDir().resolve("catalog.v1"), first);
        assertEquals(dataDir().resolve("catalog.v2"), second);
        assertEquals("catalog.v2", Files.readString(dataDir().resolve("catalog.current")).strip());
        // a reader that read the pointer just before the second import still loads the first catalog, unchanged
        firstFiles.put(".retired", hashes(first).get(".retired"));
        assertEquals(firstFiles, hashes(first));
        PriceCatalog old = CatalogLoader.load(first);
        assertTrue(old.hasRegion("us-west-2"));
        String eksSource = UserCatalog.load(dataDir()).serviceRate("eu-west-1", "eks", "cluster_hour_extended_support")
                .orElseThrow().provenance().sourceId();
        assertTrue(old.serviceRate("eu-west-1", "eks", "cluster_hour_extended_support")
                .map(r -> !r.provenance().sourceId().equals(eksSource)).orElse(true), "the EKS import is only in the second version");
    }

    @Test
    void anImportedCatalogThatCannotBeReadIsReportedNeverSwappedForTheShippedOne() throws IOException {
        importInto(Fixtures.aws(Fixtures.EC2_US_WEST_CSV));
        Path current = UserCatalog.folder(dataDir());
        Files.writeString(current.resolve("regions/us-west-2.json"), "{");
        CatalogException e = assertThrows(CatalogException.class, () -> UserCatalog.load(dataDir()));
        assertTrue(e.getMessage().contains("us-west-2.json"), e.getMessage());

        Files.delete(current.resolve("catalog.json"));
        CatalogException gone = assertThrows(CatalogException.class, () -> UserCatalog.load(dataDir()));
        assertTrue(gone.getMessage().contains("catalog.current") && gone.getMessage().contains(current.toString())
                && gone.getMessage().contains("import the prices again"), gone.getMessage());
    }

    private static void rewrite(Path file, java.util.function.UnaryOperator<String> change) {
        try {
            Files.writeString(file, change.apply(Files.readString(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.put(dir.relativize(f).toString(), sha256(Files.readAllBytes(f)));
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
