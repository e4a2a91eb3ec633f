package dev.costbench.catalog.importer;

/** The user stopped the import; the catalog was left as it was. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException(String file) {
        super("import cancelled while reading " + file + "; the catalog was not changed");
    }
}
