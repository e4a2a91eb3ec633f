package dev.costbench.model;

/**
 * Costbench's version as the jar's manifest gives it, for --version, the workbook and a problem report; a build run
 * from the IDE or the tests has none and says so.
 */
public final class ProductVersion {
    private ProductVersion() {}

    /** "0.1.0", or "(development build)". */
    public static String number() {
        String v = ProductVersion.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    /** "Java 25.0.3+9-LTS · Linux amd64": the runtime a version ran on. */
    public static String runtime() {
        return "Java " + Runtime.version() + " · " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
