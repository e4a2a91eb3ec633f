package dev.costbench.model;

/**
 * The frames of an AWS architecture diagram that blocks sit in, outermost first, with the names the project
 * file uses. The order is also the nesting AWS draws: a subnet sits in an Availability Zone, which sits in a VPC.
 */
public enum ContainerKind {
    AWS_CLOUD("aws-cloud", "AWS Cloud"),
    REGION("region", "Region"),
    VPC("vpc", "VPC"),
    AVAILABILITY_ZONE("availability-zone", "Availability Zone"),
    PUBLIC_SUBNET("public-subnet", "Public subnet"),
    PRIVATE_SUBNET("private-subnet", "Private subnet");

    private final String fileName;
    private final String displayName;

    ContainerKind(String fileName, String displayName) {
        this.fileName = fileName;
        this.displayName = displayName;
    }

    /** The value of {@code "kind"} of a container in the project file. */
    public String fileName() { return fileName; }

    public String displayName() { return displayName; }

    public boolean isSubnet() { return this == PUBLIC_SUBNET || this == PRIVATE_SUBNET; }

    public static ContainerKind fromFileName(String name) {
        for (ContainerKind k : values()) if (k.fileName.equals(name)) return k;
        return null;
    }
}
