package dev.costbench.model;

/** One entry of an ECS capacity provider strategy: FARGATE or FARGATE_SPOT with base and weight. */
public record CapacityProviderShare(String provider, int base, int weight) {
    public static final String FARGATE = "FARGATE";
    public static final String FARGATE_SPOT = "FARGATE_SPOT";

    public boolean isSpot() { return FARGATE_SPOT.equals(provider); }
}
