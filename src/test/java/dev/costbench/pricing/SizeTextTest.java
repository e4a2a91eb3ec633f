package dev.costbench.pricing;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SizeTextTest {

    @Test
    void countsBelowTenThousandAreGroupedWithACommaAndLargerOnesTakeASuffix() {
        assertEquals("0", SizeText.count(0));
        assertEquals("7", SizeText.count(7));
        assertEquals("999", SizeText.count(999));
        assertEquals("1,000", SizeText.count(1_000));
        assertEquals("1,005", SizeText.count(1_005));
        assertEquals("1,050", SizeText.count(1_050));
        assertEquals("9,999", SizeText.count(9_999));
        assertEquals("10K", SizeText.count(10_000));
        assertEquals("1.5M", SizeText.count(1_500_000));
        assertEquals("2B", SizeText.count(2_000_000_000L));
        assertEquals("-1,234", SizeText.count(-1_234));
    }

    @Test
    void aCountReadsTheSameOnAnySystemAsTheDollarFiguresBesideIt() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1,234", SizeText.count(1_234));
            assertEquals("-1,234", SizeText.count(-1_234));
        } finally {
            Locale.setDefault(before);
        }
    }
}
