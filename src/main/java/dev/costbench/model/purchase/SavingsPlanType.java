package dev.costbench.model.purchase;

/** Compute Savings Plans cover EC2, Fargate and Lambda; EC2 Instance Savings Plans cover one EC2 family in one region. */
public enum SavingsPlanType {
    COMPUTE("compute"), EC2_INSTANCE("ec2-instance");

    private final String key;

    SavingsPlanType(String key) { this.key = key; }

    public String key() { return key; }

    public static SavingsPlanType fromKey(String k) {
        for (SavingsPlanType t : values()) if (t.key.equals(k)) return t;
        return null;
    }
}
