package dev.costbench.model.purchase;

/** Commitment term of a Reserved Instance or Savings Plan. */
public enum Term {
    ONE_YEAR("1y", 12), THREE_YEAR("3y", 36);

    /** AWS's month for hourly prices (https://aws.amazon.com/ec2/pricing/on-demand/, "730 hours in a month"). */
    public static final int HOURS_PER_MONTH = 730;

    private final String key;
    private final int months;

    Term(String key, int months) { this.key = key; this.months = months; }

    public String key() { return key; }

    public int months() { return months; }

    public int hours() { return months * HOURS_PER_MONTH; }

    public static Term fromKey(String k) {
        for (Term t : values()) if (t.key.equals(k)) return t;
        return null;
    }
}
