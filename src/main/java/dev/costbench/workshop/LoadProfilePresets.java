package dev.costbench.workshop;

import dev.costbench.model.LoadProfile;

import java.util.ArrayList;
import java.util.List;

/**
 * Load profiles a facilitator starts from, each built from a peak count and a floor count (for Lambda the two
 * numbers only set the shape). Hours run Monday 00:00 first; hour h is day h ÷ 24 (0 Monday … 6 Sunday) at
 * h mod 24 o'clock.
 * <ul>
 * <li>{@code flat}: the peak every hour.</li>
 * <li>{@code business-hours}: Monday–Friday 08:00–18:00 (10 hours a day, 50 a week) at the peak, else the floor.</li>
 * <li>{@code daily-peak}: every day a lunch peak 12:00–14:00 and an evening peak 18:00–21:00 at the peak count,
 *     the rest of the day 08:00–22:00 halfway between floor and peak (rounded up), the night at the floor.</li>
 * <li>{@code weekend-dip}: Monday–Friday at the peak all day, Saturday and Sunday at the floor.</li>
 * </ul>
 */
public final class LoadProfilePresets {
    private LoadProfilePresets() {}

    /** The presets by the key a profile keeps in its {@code preset} field. */
    public enum Preset {
        FLAT("flat", "Flat"), BUSINESS_HOURS("business-hours", "Business hours"), DAILY_PEAK("daily-peak", "Daily peak"),
        WEEKEND_DIP("weekend-dip", "Weekend dip");

        private final String key;
        private final String label;

        Preset(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() { return key; }

        public String label() { return label; }

        public static Preset fromKey(String key) {
            for (Preset p : values()) if (p.key.equals(key)) return p;
            return null;
        }
    }

    public static LoadProfile of(Preset preset, double peak, double floor) {
        return switch (preset) {
            case FLAT -> flat(peak);
            case BUSINESS_HOURS -> businessHours(peak, floor);
            case DAILY_PEAK -> dailyPeak(peak, floor);
            case WEEKEND_DIP -> weekendDip(peak, floor);
        };
    }

    public static LoadProfile flat(double count) {
        check(count, count);
        return build(Preset.FLAT, (day, hour) -> count);
    }

    public static LoadProfile businessHours(double peak, double floor) {
        check(peak, floor);
        return build(Preset.BUSINESS_HOURS, (day, hour) -> day < 5 && hour >= 8 && hour < 18 ? peak : floor);
    }

    public static LoadProfile dailyPeak(double peak, double floor) {
        check(peak, floor);
        double shoulder = Math.ceil(floor + (peak - floor) / 2);
        return build(Preset.DAILY_PEAK, (day, hour) -> {
            if ((hour >= 12 && hour < 14) || (hour >= 18 && hour < 21)) return peak;
            return hour >= 8 && hour < 22 ? shoulder : floor;
        });
    }

    public static LoadProfile weekendDip(double peak, double floor) {
        check(peak, floor);
        return build(Preset.WEEKEND_DIP, (day, hour) -> day < 5 ? peak : floor);
    }

    private interface HourValue {
        double at(int day, int hour);
    }

    private static LoadProfile build(Preset preset, HourValue value) {
        List<Double> hours = new ArrayList<>(LoadProfile.HOURS_PER_WEEK);
        for (int h = 0; h < LoadProfile.HOURS_PER_WEEK; h++) hours.add(value.at(h / 24, h % 24));
        return new LoadProfile(preset.key(), hours);
    }

    private static void check(double peak, double floor) {
        if (!(peak >= 0) || !(floor >= 0) || Double.isInfinite(peak) || Double.isInfinite(floor))
            throw new IllegalArgumentException("peak and floor must be numbers of 0 or more, not " + peak + " and " + floor);
        if (floor > peak)
            throw new IllegalArgumentException("the floor (" + floor + ") is above the peak (" + peak + ")");
    }
}
