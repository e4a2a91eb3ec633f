package dev.costbench.project;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The one statement of Fargate's sizes that the file reader and the inspector both give. */
class FargateSizesTest {
    private static BigDecimal d(String v) { return new BigDecimal(v); }

    @Test
    void acceptsOnlyThePairsFargateRuns() {
        assertNull(FargateSizes.problem(d("0.25"), d("0.5")));
        assertNull(FargateSizes.problem(d("1"), d("8")));
        assertNull(FargateSizes.problem(d("8"), d("20")));   // 16 + 1 × 4 GB step
        assertEquals("a Fargate task with 0.25 vCPU takes 0.5, 1 or 2 GB of memory", FargateSizes.problem(d("0.25"), d("1.5")));
        assertEquals("a Fargate task with 8 vCPU takes 16 to 60 GB of memory in 4 GB steps", FargateSizes.problem(d("8"), d("18")));
        assertEquals("a Fargate task with 16 vCPU takes 32 to 120 GB of memory in 8 GB steps", FargateSizes.problem(d("16"), d("30")));
        assertEquals("Fargate tasks take 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU", FargateSizes.problem(d("3"), d("8")));
    }

    @Test
    void movesMemoryToTheNearestSizeTheNewCpuAccepts() {
        assertEquals(0, d("4").compareTo(FargateSizes.nearestMemory(d("0.5"), d("8"))));   // 0.5 vCPU: 1–4 GB
        assertEquals(0, d("16").compareTo(FargateSizes.nearestMemory(d("8"), d("2"))));   // 8 vCPU: from 16 GB
        assertEquals(0, d("24").compareTo(FargateSizes.nearestMemory(d("8"), d("23"))));  // 16 + 2 × 4 is nearest to 23
        assertEquals(0, d("2").compareTo(FargateSizes.nearestMemory(d("0.25"), d("3"))));
    }
}
