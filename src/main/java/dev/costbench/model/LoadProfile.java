package dev.costbench.model;

import java.util.List;

/**
 * A weekly load profile: 168 values, one per hour of the week starting Monday 00:00. For instance,
 * task and node blocks a value is the count running in that hour; for Lambda it is the share of the
 * month's requests (values are normalized). {@link #NONE} means a flat load at the block's own count.
 */
public record LoadProfile(String preset, List<Double> hours) {
    public static final int HOURS_PER_WEEK = 168;
    public static final LoadProfile NONE = new LoadProfile("flat", List.of());

    public LoadProfile {
        preset = preset == null ? "custom" : preset;
        hours = hours == null ? List.of() : List.copyOf(hours);
        if (!hours.isEmpty() && hours.size() != HOURS_PER_WEEK)
            throw new IllegalArgumentException("a load profile has 168 hourly values, not " + hours.size());
        for (Double h : hours)
            if (h == null || h.isNaN() || h.isInfinite() || h < 0)
                throw new IllegalArgumentException("a load profile value must be a number of 0 or more, not " + h);
    }

    public boolean isNone() { return hours.isEmpty(); }
}
