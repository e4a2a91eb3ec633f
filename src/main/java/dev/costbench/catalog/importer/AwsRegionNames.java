package dev.costbench.catalog.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How AWS's price files name a region: a code (us-east-2), a location ("US East (Ohio)") in older files
 * without regionCode, and a usage-type prefix ("USE2-BoxUsage:m5.large"; us-east-1 often has none).
 */
public final class AwsRegionNames {
    private AwsRegionNames() {}

    private static final Pattern REGION_CODE = Pattern.compile("[a-z]{2}(-gov)?-[a-z]+-\\d+");
    // A usage type's region prefix is upper case letters and at most one digit ("USE1-", "EU-", "UGW1-").
    private static final Pattern USAGE_PREFIX = Pattern.compile("^[A-Z]{2,4}\\d?-");

    private static final Map<String, String> BY_LOCATION = new HashMap<>();
    private static final Map<String, String> BY_PREFIX = new HashMap<>();

    private static void region(String code, String prefix, String... locations) {
        BY_PREFIX.put(prefix, code);
        for (String l : locations) BY_LOCATION.put(l, code);
    }

    static {
        region("us-east-1", "USE1", "US East (N. Virginia)");
        region("us-east-2", "USE2", "US East (Ohio)");
        region("us-west-1", "USW1", "US West (N. California)");
        region("us-west-2", "USW2", "US West (Oregon)");
        region("af-south-1", "AFS1", "Africa (Cape Town)");
        region("ap-east-1", "APE1", "Asia Pacific (Hong Kong)");
        region("ap-south-1", "APS3", "Asia Pacific (Mumbai)");
        region("ap-south-2", "APS5", "Asia Pacific (Hyderabad)");
        region("ap-southeast-1", "APS1", "Asia Pacific (Singapore)");
        region("ap-southeast-2", "APS2", "Asia Pacific (Sydney)");
        region("ap-southeast-3", "APS4", "Asia Pacific (Jakarta)");
        region("ap-southeast-4", "APS6", "Asia Pacific (Melbourne)");
        region("ap-northeast-1", "APN1", "Asia Pacific (Tokyo)");
        region("ap-northeast-2", "APN2", "Asia Pacific (Seoul)");
        region("ap-northeast-3", "APN3", "Asia Pacific (Osaka)", "Asia Pacific (Osaka-Local)");
        region("ca-central-1", "CAN1", "Canada (Central)");
        region("ca-west-1", "CAW1", "Canada West (Calgary)");
        region("eu-central-1", "EUC1", "EU (Frankfurt)", "Europe (Frankfurt)");
        region("eu-central-2", "EUC2", "EU (Zurich)", "Europe (Zurich)");
        region("eu-west-1", "EUW1", "EU (Ireland)", "Europe (Ireland)");
        region("eu-west-2", "EUW2", "EU (London)", "Europe (London)");
        region("eu-west-3", "EUW3", "EU (Paris)", "Europe (Paris)");
        region("eu-south-1", "EUS1", "EU (Milan)", "Europe (Milan)");
        region("eu-south-2", "EUS2", "EU (Spain)", "Europe (Spain)");
        region("eu-north-1", "EUN1", "EU (Stockholm)", "Europe (Stockholm)");
        region("il-central-1", "ILC1", "Israel (Tel Aviv)");
        region("me-south-1", "MES1", "Middle East (Bahrain)");
        region("me-central-1", "MEC1", "Middle East (UAE)");
        region("mx-central-1", "MXC1", "Mexico (Central)");
        region("sa-east-1", "SAE1", "South America (Sao Paulo)", "South America (São Paulo)");
        region("us-gov-east-1", "UGE1", "AWS GovCloud (US-East)");
        region("us-gov-west-1", "UGW1", "AWS GovCloud (US)", "AWS GovCloud (US-West)");
        BY_PREFIX.put("EU", "eu-west-1"); // eu-west-1's usage types predate the EUW1 scheme
    }

    /** The region code {@code text} names, as a code ("eu-west-1") or as AWS's location ("Europe (Ireland)"). */
    public static Optional<String> codeOf(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip();
        return isRegionCode(t) ? Optional.of(t) : byLocation(t);
    }

    static boolean isRegionCode(String s) { return s != null && REGION_CODE.matcher(s).matches(); }

    static Optional<String> byLocation(String location) { return Optional.ofNullable(BY_LOCATION.get(location)); }

    /** The usage type without its region prefix: "USE2-BoxUsage:m5.large" → "BoxUsage:m5.large". */
    static String usageWithoutRegion(String usageType) {
        var m = USAGE_PREFIX.matcher(usageType);
        return m.find() ? usageType.substring(m.end()) : usageType;
    }

    /**
     * The region a usage type is billed in, from its prefix; no prefix means us-east-1. Empty when the
     * prefix is one this table does not know.
     */
    static Optional<String> byUsageType(String usageType) {
        var m = USAGE_PREFIX.matcher(usageType);
        if (!m.find()) return Optional.of("us-east-1");
        return Optional.ofNullable(BY_PREFIX.get(usageType.substring(0, m.end() - 1)));
    }
}
