package dev.costbench.model.spec;

import java.math.BigDecimal;
import java.util.Locale;

/** Numbers as limits state them, with thousands separators: "100,000", "0.25", "1,000,000,000". */
public final class NumberText {
    private NumberText() {}

    public static String of(long n) { return String.format(Locale.ROOT, "%,d", n); }

    public static String of(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        String plain = s.toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String grouped = of(Long.parseLong(whole));
        if (whole.startsWith("-0")) grouped = "-" + grouped;
        return point < 0 ? grouped : grouped + plain.substring(point);
    }
}
