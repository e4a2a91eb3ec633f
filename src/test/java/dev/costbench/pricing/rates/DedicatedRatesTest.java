package dev.costbench.pricing.rates;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Dedicated estimate (shared rate × {@link DedicatedRates#FACTOR}) measured against every Dedicated figure AWS
 * publishes in the project's reference price list: x2iedn.32xlarge Dedicated On-Demand and Standard Reserved rows in
 * 18 regions, each against the shared Linux row of the same region, term and payment. Leave one out: the factor is
 * fitted (the mean ratio) on the other figures and the held-out one predicted, so the error is what the rule makes
 * on a figure it has not seen.
 */
class DedicatedRatesTest {
    private static final Path FILE = Path.of("pricing-data/sources/ec2_x2iedn.32xlarge_allregions_od_ri_spot_ec2instances.csv");

    /** (dedicated, shared) pairs: region × price kind × term × class × payment. */
    private static List<BigDecimal[]> pairs() throws IOException {
        Map<String, BigDecimal> linux = new HashMap<>(), dedicated = new HashMap<>();
        for (String row : Files.readAllLines(FILE).subList(1, Files.readAllLines(FILE).size())) {
            String[] c = row.split(",", -1);
            if (!c[3].equals("ondemand") && !c[3].equals("reserved")) continue;
            String key = c[0] + "|" + c[3] + "|" + c[4] + "|" + c[5] + "|" + c[6];
            if (c[2].equals("linux")) linux.put(key, new BigDecimal(c[7]));
            if (c[2].equals("dedicated")) dedicated.put(key, new BigDecimal(c[7]));
        }
        List<BigDecimal[]> out = new ArrayList<>();
        dedicated.forEach((k, v) -> { if (linux.containsKey(k)) out.add(new BigDecimal[] {v, linux.get(k)}); });
        return out;
    }

    @Test
    void theFactorPredictsEveryPublishedDedicatedFigureLeaveOneOut() throws IOException {
        List<BigDecimal[]> pairs = pairs();
        // 18 regions × (On-Demand + 6 Standard Reserved offers) = 126 figures
        assertEquals(126, pairs.size());
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal[] p : pairs) sum = sum.add(p[0].divide(p[1], mc));
        double worst = 0;
        for (BigDecimal[] p : pairs) {
            BigDecimal others = sum.subtract(p[0].divide(p[1], mc)).divide(BigDecimal.valueOf(pairs.size() - 1), mc);
            double error = p[1].multiply(others).subtract(p[0]).divide(p[0], mc).abs().doubleValue();
            worst = Math.max(worst, error);
        }
        System.out.printf("Dedicated × factor, leave one out over %d figures: largest error %.4f %%, mean factor %s%n",
                pairs.size(), worst * 100, sum.divide(BigDecimal.valueOf(pairs.size()), mc));
        // AWS rounds its figures to 3–6 decimals: the rule is exact but for that rounding
        assertTrue(worst < 0.0002, "largest leave-one-out error " + worst);
        assertEquals(0, sum.divide(BigDecimal.valueOf(pairs.size()), new MathContext(4)).compareTo(DedicatedRates.FACTOR));
    }
}
