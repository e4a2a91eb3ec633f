package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A map made while {@link OptionMap#later} runs works each option out when it is first read, once, and is then the
 * map made at once; outside {@code later} (and inside the value a later map works out) maps are made whole.
 */
class OptionMapLaterTest {
    @Test
    void aLaterMapWorksOutOnlyWhatIsReadAndEachOptionOnce() {
        AtomicInteger calls = new AtomicInteger();
        OptionMap<String> later = OptionMap.later(() -> OptionMap.of(o -> {
            calls.incrementAndGet();
            return o.key();
        }));
        assertEquals(0, calls.get(), "nothing is worked out before it is read");
        assertEquals("on-demand", later.get(PurchaseOption.ON_DEMAND));
        assertEquals("on-demand", later.get(PurchaseOption.ON_DEMAND));
        assertEquals(1, calls.get(), "one option read twice is worked out once");
        OptionMap<String> whole = OptionMap.of(PurchaseOption::key);
        assertEquals(whole, later);
        assertEquals(PurchaseOption.ALL.size(), calls.get(), "comparing reads every option");
        assertEquals(whole.hashCode(), later.hashCode());
    }

    @Test
    void mapsMadeOutsideLaterOrByALaterValueAreWhole() {
        AtomicInteger calls = new AtomicInteger();
        OptionMap<OptionMap<String>> nested = OptionMap.later(() -> OptionMap.of(o -> OptionMap.of(p -> {
            calls.incrementAndGet();
            return p.key();
        })));
        nested.get(PurchaseOption.SPOT);
        // the inner map was made while the outer worked out one value: made whole, every option at once
        assertEquals(PurchaseOption.ALL.size(), calls.get());
        calls.set(0);
        OptionMap.of(o -> { calls.incrementAndGet(); return null; });
        assertEquals(PurchaseOption.ALL.size(), calls.get(), "after later() has returned, maps are made whole again");
        assertNull(OptionMap.<String>of(o -> null).get(PurchaseOption.SPOT));
    }
}
