package dev.costbench.pricing.graviton;

/**
 * The Graviton type chosen for an x86 type, with the rule that chose it in words, or the reason there is none.
 */
public record TwinChoice(String twinType, String rule, String unavailableReason) {

    public static TwinChoice of(String twinType, String rule) { return new TwinChoice(twinType, rule, null); }

    public static TwinChoice none(String reason) { return new TwinChoice(null, null, reason); }

    public boolean available() { return twinType != null; }
}
