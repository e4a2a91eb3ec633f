package dev.costbench.ui.bench;

import dev.costbench.workshop.WhatIfWorker;
import dev.costbench.ui.workshop.WhatIfPanel;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped drag benchmark runs end to end on a small design: each of its four drags moves, draws and shows previews. */
class WhatIfDragBenchmarkTest {

    @Test
    void eachDragMovesTheSliderEveryFrameAndShowsWhereItStopped() throws Exception {
        StringWriter printed = new StringWriter();
        var drags = WhatIfDragBenchmark.measure(30, 1, 1, new PrintWriter(printed, true));
        for (var d : List.of(drags.openedOnQuietDesign(), drags.afterEdit(), drags.atOnce(), drags.pricedAhead())) {
            assertEquals(1.0, d.seconds());
            assertTrue(d.frames() > 0 && d.moves() > 0, d.toString());
            // one move a frame: the frame that ends the drag moves nothing
            assertTrue(d.moves() <= d.frames(), d.toString());
            // a preview a move at most, and the one asked before the drag that may arrive during it
            assertTrue(d.previews() > 0 && d.previews() <= d.moves() + 1, d.toString());
            assertTrue(d.settleNanos() > 0, d.toString());
        }
        assertTrue(printed.toString().contains("Design: 30 blocks; its What-if traffic ticks priced"), printed.toString());
        assertTrue(drags.ticksPricedNanos() > 0, drags.toString());
    }

    @Test
    void aDragGoesUpToTheTopDownToTheBottomAndBackToOne() {
        List<Double> ticks = WhatIfDragBenchmark.sweep(WhatIfWorker.TRAFFIC_MIN, WhatIfWorker.TRAFFIC_MAX, WhatIfWorker.TRAFFIC_STEP);
        // ×1 to ×3.75 (12 ticks), ×4 down to ×0.5 (15), ×0.25 up to ×0.75 (3): the next sweep starts at ×1 again
        assertEquals(30, ticks.size());
        assertEquals(1.0, ticks.getFirst());
        assertEquals(4.0, ticks.get(12));
        assertEquals(0.25, ticks.get(27));
        assertEquals(0.75, ticks.getLast());
    }
}
