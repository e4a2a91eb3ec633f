package dev.costbench.model.purchase;

/** How a Reserved Instance or Savings Plan is paid. */
public enum Payment {
    NO_UPFRONT("no-upfront", "No Upfront"), PARTIAL_UPFRONT("partial-upfront", "Partial Upfront"),
    ALL_UPFRONT("all-upfront", "All Upfront");

    private final String key;
    private final String awsName;

    Payment(String key, String awsName) { this.key = key; this.awsName = awsName; }

    public String key() { return key; }

    /** The PurchaseOption attribute value in AWS's offer files. */
    public String awsName() { return awsName; }

    public static Payment fromKey(String k) {
        for (Payment p : values()) if (p.key.equals(k) || p.awsName.equalsIgnoreCase(k)) return p;
        return null;
    }
}
