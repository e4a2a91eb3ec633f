package dev.costbench.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection's traffic label of older files ("2 TB/month") read as GB a month when it is a clear monthly
 * quantity, and GB written back as text. A TB is 1,024 GB, as AWS's data transfer tiers count it.
 */
public final class TrafficText {
    private TrafficText() {}

    public static final BigDecimal GB_PER_TB = BigDecimal.valueOf(1024);

    // a number, a unit of GB or TB, and "a month" in one of its usual spellings; anything else is not a clear quantity
    private static final Pattern MONTHLY = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(GB|TB)\\s*(?:/\\s*(?:month|mo)|per month|a month)", Pattern.CASE_INSENSITIVE);

    /** The GB a month {@code label} states, or null when it is not a clear monthly quantity. */
    public static BigDecimal monthlyGb(String label) {
        if (label == null) return null;
        Matcher m = MONTHLY.matcher(label.strip());
        if (!m.matches()) return null;
        BigDecimal n = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
        return m.group(3).equalsIgnoreCase("TB") ? n.multiply(GB_PER_TB) : n;
    }

    /** "500 GB", "1.4 TB" (from 1,024 GB on, to two decimals: a label, not a figure that is priced). */
    public static String gb(BigDecimal gb) {
        if (gb.compareTo(GB_PER_TB) >= 0)
            return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT))
                    .format(gb.divide(GB_PER_TB, 6, java.math.RoundingMode.HALF_UP)) + " TB";
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(gb) + " GB";
    }
}
