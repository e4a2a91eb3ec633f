package dev.costbench.pricing;

/** A price the catalog does not have, with what was looked up, so the gap can be traced and filled. */
public record MissingPrice(String region, String service, String lookup) {
    public String describe() { return service + " " + lookup + " in " + region; }
}
