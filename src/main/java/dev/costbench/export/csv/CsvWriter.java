package dev.costbench.export.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The one way Costbench writes CSV, for the export's file and {@code price --format csv} alike: every field that
 * comes from the user's design goes through the formula-injection guard of {@link CsvText}, quotes inside a field
 * are doubled, and the row ends as the format asks. Only figures and keys Costbench itself makes are written as
 * they are.
 */
public final class CsvWriter {
    /** How text fields are quoted: always (the export, so Excel never reinterprets them), or only when they must be. */
    public enum Quoting { ALL_TEXT, WHEN_NEEDED }

    private final Writer out;
    private final String lineEnd;
    private final Quoting quoting;
    private boolean rowStarted;

    public CsvWriter(Writer out, String lineEnd, Quoting quoting) {
        this.out = out;
        this.lineEnd = lineEnd;
        this.quoting = quoting;
    }

    /** A header row of column names. */
    public CsvWriter header(List<String> columns) {
        for (String c : columns) value(c);
        return endRow();
    }

    /** Text that may come from the design (names, ids, reasons): guarded, then quoted; null is an empty field. */
    public CsvWriter text(String value) {
        if (value == null) return raw("");
        String guarded = CsvText.guarded(value);
        return raw(quoting == Quoting.ALL_TEXT || needsQuotes(guarded) ? quoted(guarded) : guarded);
    }

    /** A figure or key Costbench makes itself (an amount, an option key, true/false); null is an empty field. */
    public CsvWriter value(String value) {
        if (value == null) return raw("");
        return raw(needsQuotes(value) ? quoted(value) : value);
    }

    public CsvWriter endRow() {
        write(lineEnd);
        rowStarted = false;
        return this;
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CsvWriter raw(String field) {
        if (rowStarted) write(",");
        rowStarted = true;
        write(field);
        return this;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean needsQuotes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
        }
        return false;
    }

    private static String quoted(String s) { return "\"" + s.replace("\"", "\"\"") + "\""; }
}
