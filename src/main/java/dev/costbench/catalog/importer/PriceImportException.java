package dev.costbench.catalog.importer;

/**
 * An import that could not finish. The message always reads {@code <file>: <place>: <problem>}, where the
 * place is a SKU, a rate code, a CSV line or a JSON position, so the user can open the file and look.
 */
public class PriceImportException extends RuntimeException {
    private final String file;
    private final String place;
    private final String problem;

    public PriceImportException(String file, String place, String problem) {
        this(file, place, problem, null);
    }

    public PriceImportException(String file, String place, String problem, Throwable cause) {
        super(file + ": " + (place == null || place.isBlank() ? "" : place + ": ") + problem, cause);
        this.file = file;
        this.place = place;
        this.problem = problem;
    }

    public String file() { return file; }

    public String place() { return place; }

    public String problem() { return problem; }
}
