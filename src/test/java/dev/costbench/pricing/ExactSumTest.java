package dev.costbench.pricing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Property: the totals' sum ({@link ScenarioTotals.Sum}, a long in ten-billionths with a BigDecimal remainder)
 * is exactly the plain BigDecimal sum of the figures it holds, at the scale a fresh sum has (the most decimal places
 * of any figure), whatever the figures: cents, ten-billionths, 15 to 30 digits, more than ten places, negative,
 * figures taken back, and sums past the long's range.
 */
class ExactSumTest {
    @Test
    void aSumEqualsThePlainBigDecimalSumToTheScale() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            ScenarioTotals.Sum sum = new ScenarioTotals.Sum(), other = new ScenarioTotals.Sum();
            List<BigDecimal> held = new ArrayList<>();
            BigDecimal plain = BigDecimal.ZERO;
            int count = 1 + random.nextInt(300);
            for (int i = 0; i < count; i++) {
                BigDecimal v = figure(random);
                // every fourth figure goes to a second sum added at the end, as the engine adds each core's part
                if (i % 4 == 3) other.add(v, 1);
                else sum.add(v, 1);
                held.add(v);
                plain = plain.add(v);
                // take back a figure added before, as an edit does
                if (random.nextInt(5) == 0 && !held.isEmpty()) {
                    BigDecimal back = held.remove(random.nextInt(held.size()));
                    sum.add(back, -1);
                    plain = plain.subtract(back);
                }
            }
            sum.add(other);
            // a fresh sum's scale: the most places of any figure held; past 16 places the sum keeps its own (the most
            // of any figure ever added), as BigDecimal's add and subtract keep it
            int places = held.stream().mapToInt(b -> Math.max(0, b.scale())).max().orElse(0);
            BigDecimal expected = places > 16 ? plain : plain.setScale(places);
            assertEquals(expected, sum.value(), "seed " + seed);
            assertEquals(expected.scale(), sum.value().scale(), "seed " + seed);
        }
    }

    @Test
    void unscaledValuesReadThroughADoubleAreExactUpTo15Digits() {
        Random random = new Random(5);
        for (int i = 0; i < 200_000; i++) {
            long u = random.nextLong() % 1_000_000_000_000_000L; // |u| < 10^15
            int scale = random.nextInt(11);
            assertEquals(u, ScenarioTotals.Sum.unscaled(BigDecimal.valueOf(u, scale), scale), u + "e-" + scale);
        }
        // the edge: 15 nines at ten places (99,999.9999999999)
        assertEquals(999_999_999_999_999L, ScenarioTotals.Sum.unscaled(new BigDecimal("99999.9999999999"), 10));
    }

    @Test
    void sumsPastTheLongRangeStayExact() {
        ScenarioTotals.Sum sum = new ScenarioTotals.Sum();
        // 99,999,999.99 fits the long on its own (9.999999999 × 10^17 ten-billionths), but 100 of them,
        // 9,999,999,999.00, are 10^20 ten-billionths: the long (9.2 × 10^18) overflows about ten times on the way
        BigDecimal big = new BigDecimal("99999999.99");
        for (int i = 0; i < 100; i++) sum.add(big, 1);
        assertEquals(new BigDecimal("9999999999.00"), sum.value());
        // and back down through the overflow the other way
        for (int i = 0; i < 100; i++) sum.add(big, -1);
        assertEquals(BigDecimal.ZERO, sum.value()); // nothing held: no places
    }

    static BigDecimal figure(Random random) {
        int kind = random.nextInt(10);
        int scale = switch (kind) {
            case 0 -> 0;
            case 1 -> 11 + random.nextInt(12); // beyond the long part's places
            case 2 -> -random.nextInt(3);      // 1E+2 and the like
            default -> random.nextInt(11);
        };
        int bits = kind == 3 ? 60 + random.nextInt(40) : 1 + random.nextInt(50); // up to 30 digits
        BigInteger unscaled = new BigInteger(bits, random);
        if (random.nextInt(6) == 0) unscaled = unscaled.negate();
        return new BigDecimal(unscaled, scale);
    }
}
