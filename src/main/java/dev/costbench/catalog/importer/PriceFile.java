package dev.costbench.catalog.importer;

import java.nio.file.Path;

/**
 * One file to import. {@code name} is how messages and provenance cite it (its path under the folder the
 * user chose); {@code regionHint} is the region its index or folder says it is for (null if unknown);
 * {@code expectedOfferCode} is what the index that listed it promised (null when the user named the file).
 */
record PriceFile(Path path, String name, String regionHint, String expectedOfferCode) {
    static PriceFile named(Path path) {
        String parent = path.toAbsolutePath().getParent() == null ? null
                : path.toAbsolutePath().getParent().getFileName().toString();
        String region = AwsRegionNames.isRegionCode(parent) ? parent : null;
        String name = region == null ? path.getFileName().toString() : parent + "/" + path.getFileName();
        return new PriceFile(path, name, region, null);
    }
}
