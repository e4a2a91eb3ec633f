package dev.costbench.catalog;

/**
 * A catalog folder that cannot be read. The message names the file, the place in it (line, column and
 * JSON path where known) and the problem, e.g.
 * {@code regions/us-east-1.json: line 4, column 27, at $.onDemand[0].rates["m5.large"]: price "abc" is not a number}.
 */
public final class CatalogException extends RuntimeException {
    private final String file;

    public CatalogException(String file, String place, String problem) {
        super(file + (place == null || place.isBlank() ? "" : ": " + place) + ": " + problem);
        this.file = file;
    }

    /** The catalog file the problem is in, relative to the catalog folder. */
    public String file() { return file; }
}
