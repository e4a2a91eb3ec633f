package dev.costbench.pricing;

import dev.costbench.model.Architecture;

import java.util.function.Function;

/**
 * How one block is priced: as designed, and on the Graviton twin its kind allows. Each kind's entry in
 * {@link KindPricers} returns one of these, so the engine prices every kind the same way.
 */
public sealed interface KindPricer {
    /** The block as designed. */
    PricedBlock price();

    /** Runs on an instance type: the twin is the same block on the Graviton type the advisor picks. */
    record OnInstanceType(String type, String gravitonOverride, Function<String, PricedBlock> onType) implements KindPricer {
        public PricedBlock price() { return onType.apply(type); }
    }

    /**
     * Runs on several instance types (an Auto Scaling group's overrides): the twin maps each type to the Graviton type
     * the advisor picks; {@code gravitonOverride} applies to the types equal to {@code overriddenType}.
     */
    record OnInstanceTypes(java.util.List<String> types, String overriddenType, String gravitonOverride,
                           Function<java.util.List<String>, PricedBlock> onTypes) implements KindPricer {
        public PricedBlock price() { return onTypes.apply(types); }
    }

    /** Runs on an architecture AWS provides (Fargate, Lambda): the twin is the same block on arm64. */
    record OnArchitecture(Architecture architecture, String twinRule, Function<Architecture, PricedBlock> onArchitecture)
            implements KindPricer {
        public PricedBlock price() { return onArchitecture.apply(architecture); }
    }

    /** Has no Graviton twin, for the reason given. */
    record WithoutTwin(java.util.function.Supplier<PricedBlock> pricing, String noTwinReason) implements KindPricer {
        public PricedBlock price() { return pricing.get(); }
    }
}
