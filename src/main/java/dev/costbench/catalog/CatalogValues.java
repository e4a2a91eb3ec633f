package dev.costbench.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What a value in a catalog may be: the reader holds catalog files to these rules and the importer holds
 * AWS's files to them as it reads, so a bad value is refused where it comes from, naming that file.
 */
public final class CatalogValues {
    /** Digits before or after the point beyond which a number is no price or quantity (and would print as gigabytes). */
    public static final int MAX_DIGITS = 30;
    /** An EC2 instance type as AWS names them: family, a dot, size ({@code m5.large}, {@code u-6tb1.metal}, {@code m7i-flex.xlarge}). */
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}\\.[a-z0-9][a-z0-9-]{0,31}");

    private CatalogValues() {}

    /** True for a number a price or quantity can be: at most {@link #MAX_DIGITS} digits either side of the point. */
    public static boolean inRange(BigDecimal v) {
        return v.scale() <= MAX_DIGITS && (long) v.precision() - v.scale() <= MAX_DIGITS;
    }

    /** True for a real calendar day written {@code YYYY-MM-DD} (not 2025-05-50). */
    public static boolean isDate(String text) {
        if (text == null || text.length() != 10) return false;
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static boolean isInstanceType(String name) { return name != null && INSTANCE_TYPE.matcher(name).matches(); }

    /** A value quoted in a message: its start only, so a hostile megabyte of text does not fill the screen. */
    public static String quoted(String text) {
        String t = text == null ? "" : text;
        return "'" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "'";
    }
}
