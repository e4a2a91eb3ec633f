package dev.costbench.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RateDatesTest {

    @Test
    void givesTheOldestAndNewestLeavingUndatedRatesOut() {
        assertEquals("2019-07-30 to 2026-07-20",
                new RateDates().add("2025-04-04").add(null).add("2026-07-20").add("").add("2019-07-30").text());
        assertEquals("2025-04-04", new RateDates().add("2025-04-04").add("2025-04-04").text());
        assertNull(new RateDates().add(null).text());
        assertEquals("2024-07-01 to 2025-07-07", RateDates.of("2024-07-01", "2025-07-07"));
    }
}
