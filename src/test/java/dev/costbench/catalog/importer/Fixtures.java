package dev.costbench.catalog.importer;

import dev.costbench.catalog.PriceCatalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The importer's test files (src/test/resources/importer), copied where a test may change them. */
final class Fixtures {
    private Fixtures() {}

    static final String EC2_EU = "offers/v1.0/aws/AmazonEC2/20250301120000/eu-west-1/index.json";
    static final String EC2_US_WEST_CSV = "offers/v1.0/aws/AmazonEC2/20250301120000/us-west-2/index.csv";
    static final String ECS_EU = "offers/v1.0/aws/AmazonECS/20250215090000/eu-west-1/index.json";
    static final String LAMBDA_EU = "offers/v1.0/aws/AWSLambda/20250220100000/eu-west-1/index.json";
    static final String ELB_EU = "offers/v1.0/aws/AWSELB/20250110080000/eu-west-1/index.json";
    static final String EKS_EU = "offers/v1.0/aws/AmazonEKS/20250105070000/eu-west-1/index.json";
    static final String SP_EU = "savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20250225110000/eu-west-1/index.json";
    static final String EC2_REGION_INDEX = "offers/v1.0/aws/AmazonEC2/current/region_index.json";

    static Path resources() {
        try {
            return Path.of(Fixtures.class.getResource("/importer").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The AWS-layout folder, read-only. */
    static Path aws() { return resources().resolve("aws"); }

    static Path aws(String relative) { return aws().resolve(relative); }

    static Path spot(String name) { return resources().resolve("spot").resolve(name); }

    /** A writable copy of the AWS-layout folder under {@code dir}. */
    static Path copyAws(Path dir) {
        Path target = dir.resolve("aws");
        try (Stream<Path> files = Files.walk(aws())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path t = target.resolve(aws().relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(t);
                else Files.copy(f, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static PriceCatalog empty() { return PriceCatalog.builder().version("test").asOf("2024-01-01").build(); }
}
