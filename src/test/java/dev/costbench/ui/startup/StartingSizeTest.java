package dev.costbench.ui.startup;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window starts at its usual size, or at the screen's usable area where the screen is smaller. */
class StartingSizeTest {
    @Test
    void aSmallScreenGetsAWindowThatFitsIt() {
        // a 1280×720 projector with a 32-pixel panel: the usable area, not 1400×900 hanging off its edges
        assertEquals(new Dimension2D(1280, 688), StartingView.sizeOn(new Rectangle2D(0, 32, 1280, 688)));
        assertEquals(new Dimension2D(1366, 900), StartingView.sizeOn(new Rectangle2D(0, 0, 1366, 1024)));
    }

    @Test
    void aLargeScreenGetsTheUsualSize() {
        assertEquals(new Dimension2D(StartingView.WIDTH, StartingView.HEIGHT), StartingView.sizeOn(new Rectangle2D(0, 0, 2560, 1440)));
    }
}
