package dev.costbench.export.csv;

/**
 * CSV-injection guard (OWASP "CSV Injection"): a text field that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with a single quote, so that a spreadsheet shows it as
 * text instead of running it as a formula. {@link CsvWriter} applies it to every text field it writes.
 */
public final class CsvText {
    private CsvText() {}

    /** The text as a spreadsheet must get it: prefixed with a quote when it would start a formula. */
    public static String guarded(String value) {
        if (value == null) return null;
        return startsLikeFormula(value) ? "'" + value : value;
    }

    static boolean startsLikeFormula(String value) {
        if (value.isEmpty()) return false;
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
