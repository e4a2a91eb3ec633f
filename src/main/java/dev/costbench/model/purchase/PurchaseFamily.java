package dev.costbench.model.purchase;

/** The groups a finance reviewer compares purchase options by: the cost table's and the report's columns. */
public enum PurchaseFamily {
    ON_DEMAND("on-demand", "On-Demand"), SPOT("spot", "Spot"), RESERVED("reserved", "Reserved Instances"),
    SAVINGS_PLAN("savings-plan", "Savings Plans");

    private final String key;
    private final String label;

    PurchaseFamily(String key, String label) { this.key = key; this.label = label; }

    /** The family's name in files and reports, also the first part of its options' keys. */
    public String key() { return key; }

    public String label() { return label; }

    /** Position of the family's first option in {@link PurchaseOption#ALL}, which lists a family's options together. */
    public int firstIndex() {
        for (PurchaseOption o : PurchaseOption.ALL) if (o.family() == this) return o.index();
        throw new IllegalStateException("no purchase option of family " + key);
    }

    /** Position of the family's last option in {@link PurchaseOption#ALL}. */
    public int lastIndex() {
        int last = -1;
        for (PurchaseOption o : PurchaseOption.ALL) if (o.family() == this) last = o.index();
        return last;
    }

    /** True for the families bought for a term (Reserved Instances, Savings Plans). */
    public boolean isCommitment() { return this == RESERVED || this == SAVINGS_PLAN; }
}
