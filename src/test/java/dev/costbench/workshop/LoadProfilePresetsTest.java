package dev.costbench.workshop;

import dev.costbench.model.LoadProfile;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LoadProfilePresetsTest {

    private static int hoursAt(LoadProfile p, double v) { return Collections.frequency(p.hours(), v); }

    @Test
    void businessHoursAreFiftyHoursAWeek() {
        LoadProfile p = LoadProfilePresets.businessHours(10, 2);
        // Mon–Fri, 08:00–18:00: 5 × 10 = 50 hours at the peak, 118 at the floor
        assertEquals(50, hoursAt(p, 10));
        assertEquals(118, hoursAt(p, 2));
        assertEquals(10.0, p.hours().get(8));     // Monday 08:00
        assertEquals(2.0, p.hours().get(18));     // Monday 18:00
        assertEquals(2.0, p.hours().get(5 * 24 + 9)); // Saturday 09:00
        assertEquals("business-hours", p.preset());
    }

    @Test
    void dailyPeakHasALunchAndAnEveningPeak() {
        LoadProfile p = LoadProfilePresets.dailyPeak(10, 2);
        // a day: 12–14 and 18–21 at 10 (5 h), the rest of 08–22 at ceil(2 + 8/2) = 6 (9 h), the night at 2 (10 h)
        assertEquals(35, hoursAt(p, 10));
        assertEquals(63, hoursAt(p, 6));
        assertEquals(70, hoursAt(p, 2));
        assertEquals(10.0, p.hours().get(24 + 12)); // Tuesday 12:00
    }

    @Test
    void weekendDipAndFlat() {
        LoadProfile dip = LoadProfilePresets.weekendDip(8, 3);
        assertEquals(120, hoursAt(dip, 8));
        assertEquals(48, hoursAt(dip, 3));
        assertEquals(168, hoursAt(LoadProfilePresets.flat(4), 4));
        assertEquals(LoadProfilePresets.Preset.WEEKEND_DIP, LoadProfilePresets.Preset.fromKey(dip.preset()));
    }

    @Test
    void theFloorIsNotAboveThePeak() {
        assertThrows(IllegalArgumentException.class, () -> LoadProfilePresets.businessHours(2, 10));
        assertThrows(IllegalArgumentException.class, () -> LoadProfilePresets.flat(-1));
    }
}
