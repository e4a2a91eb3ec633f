package dev.costbench.catalog.importer;

/** Progress of a running import, and the user's wish to stop it. Called from the importing thread. */
public interface ImportMonitor {
    /** {@code bytesDone} of {@code bytesTotal} of {@code file} have been read. */
    void progress(String file, long bytesDone, long bytesTotal);

    /** True once the user asked to stop; the importer then throws {@link ImportCancelledException}. */
    boolean cancelled();

    ImportMonitor SILENT = new ImportMonitor() {
        @Override public void progress(String file, long bytesDone, long bytesTotal) {}
        @Override public boolean cancelled() { return false; }
    };
}
