package dev.costbench.model;

/** CPU architecture as AWS names it in instance specs and Fargate/Lambda settings. */
public enum Architecture {
    X86_64("x86_64"), ARM64("arm64");

    private final String awsName;

    Architecture(String awsName) { this.awsName = awsName; }

    public String awsName() { return awsName; }

    public static Architecture fromAwsName(String name) {
        for (Architecture a : values()) if (a.awsName.equalsIgnoreCase(name)) return a;
        throw new IllegalArgumentException("unknown architecture '" + name + "' (expected x86_64 or arm64)");
    }
}
