package dev.costbench.catalog;

/**
 * The dates of the oldest and newest of some rates, as every view of prices gives them: "2021-02-05 to 2026-07-20",
 * one date when they are the same. Dates are ISO (yyyy-mm-dd), so they compare as text.
 */
public final class RateDates {
    private String oldest, newest;

    /** Takes {@code date} in; null or blank (an undated rate) is left out. */
    public RateDates add(String date) {
        if (date == null || date.isBlank()) return this;
        if (oldest == null || date.compareTo(oldest) < 0) oldest = date;
        if (newest == null || date.compareTo(newest) > 0) newest = date;
        return this;
    }

    /** "2021-02-05 to 2026-07-20", or the one date; null when no rate was dated. */
    public String text() { return oldest == null ? null : oldest.equals(newest) ? oldest : oldest + " to " + newest; }

    /** The range from {@code oldest} to {@code newest} as {@link #text()} gives it. */
    public static String of(String oldest, String newest) { return new RateDates().add(oldest).add(newest).text(); }
}
