package dev.costbench.pricing.fargate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class FargateSizeTest {

    private static BigDecimal d(String v) { return new BigDecimal(v); }

    @Test
    void acceptsOnlyAwsPairs() {
        assertNotNull(FargateSize.exactly(d("0.25"), d("0.5")));
        assertNotNull(FargateSize.exactly(d("4"), d("30")));
        assertNotNull(FargateSize.exactly(d("8"), d("20")));   // 16–60 in 4 GB steps
        assertNull(FargateSize.exactly(d("8"), d("18")));
        assertNull(FargateSize.exactly(d("1"), d("10")));      // 1 vCPU goes up to 8 GB
        assertNull(FargateSize.exactly(d("0.25"), d("3")));
        assertNotNull(FargateSize.exactly(d("16"), d("120")));
        assertNull(FargateSize.exactly(d("16"), d("36")));     // 32–120 in 8 GB steps
        // 3 + 4 + 7 + 13 + 23 + 12 + 12 valid pairs
        assertEquals(74, FargateSize.ALL.size());
    }

    @Test
    void smallestHoldingRoundsUpToTheCheapestValidPair() {
        assertEquals("0.5 vCPU / 3 GB", FargateSize.smallestHolding(d("0.25"), d("2.25")).label());
        assertEquals("2 vCPU / 10 GB", FargateSize.smallestHolding(d("1"), d("10")).label());
        assertEquals("8 vCPU / 20 GB", FargateSize.smallestHolding(d("5"), d("17")).label());
        assertNull(FargateSize.smallestHolding(d("16"), d("121")));
    }
}
