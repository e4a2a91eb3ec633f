package dev.costbench.project.importer;

/**
 * A plan or diagram that cannot be brought onto the canvas. The message is {@code <file>: <place>: <problem>},
 * the place being what the user can find in their own file (a resource address, a shape's label).
 */
public final class DesignImportException extends RuntimeException {
    public DesignImportException(String file, String place, String problem) {
        super(file + ": " + (place == null ? "" : place + ": ") + problem);
    }
}
