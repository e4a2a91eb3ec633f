package dev.costbench.model;

/**
 * Where an EC2-backed block's instances run, as EC2 names the tenancy (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-instance.html):
 * on shared hardware ({@code default}), as Dedicated Instances on hardware no other account uses ({@code dedicated},
 * billed per instance plus a per-region fee), or on Dedicated Hosts the account allocates ({@code host}, billed per host).
 */
public enum Tenancy {
    DEFAULT("default", "Shared (default)"), DEDICATED("dedicated", "Dedicated Instances"), HOST("host", "Dedicated Hosts");

    /** Why a block bought at Spot (a Batch {@code ec2-spot} queue, an EKS Spot node group) keeps the default tenancy. */
    public static final String SPOT_SHARED_ONLY = "Spot Instances do not run on dedicated hardware (AWS publishes no Dedicated Spot rate)";

    private final String fileName;
    private final String label;

    Tenancy(String fileName, String label) {
        this.fileName = fileName;
        this.label = label;
    }

    public String fileName() { return fileName; }

    public String label() { return label; }

    /** The tenancy a file names; null for a name Costbench does not know (the reader reports it). */
    public static Tenancy fromFileName(String s) {
        for (Tenancy t : values()) if (t.fileName.equalsIgnoreCase(s)) return t;
        return null;
    }
}
