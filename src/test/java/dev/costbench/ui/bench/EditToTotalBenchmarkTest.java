package dev.costbench.ui.bench;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped window benchmark runs end to end on a small design and reports one sample per timed edit. */
class EditToTotalBenchmarkTest {

    @Test
    void timesEachEditUntilTheFrameThatShowsTheNewTotal() throws Exception {
        StringWriter printed = new StringWriter();
        var measured = EditToTotalBenchmark.measure(30, 1, 3, 1, 20, new PrintWriter(printed, true));
        List<Long> samples = measured.design();

        assertEquals(3, samples.size());
        assertTrue(samples.stream().allMatch(n -> n > 0), samples.toString());
        // the bare window's label, at the same pace: one sample per timed edit too
        assertEquals(3, measured.bare().size());
        assertTrue(measured.bare().stream().allMatch(n -> n > 0), measured.bare().toString());
        String out = printed.toString();
        assertTrue(out.contains("Design: 30 blocks"), out);
        assertTrue(out.contains("in view and selected"), out);
        assertTrue(out.matches("(?s).*Total label updated: median \\d+\\.\\d ms; laid out in the next frame: median \\d+\\.\\d ms.*"), out);
    }

    @Test
    void percentilesAreNearestRank() {
        // 10 samples: the median is the 5th smallest, p90 the 9th, p100 the largest
        List<Long> ten = List.of(10L, 1L, 9L, 2L, 8L, 3L, 7L, 4L, 6L, 5L);
        assertEquals(5L, EditToTotalBenchmark.percentile(ten, 50));
        assertEquals(9L, EditToTotalBenchmark.percentile(ten, 90));
        assertEquals(10L, EditToTotalBenchmark.percentile(ten, 100));
        assertEquals(1L, EditToTotalBenchmark.percentile(ten, 0));
    }
}
