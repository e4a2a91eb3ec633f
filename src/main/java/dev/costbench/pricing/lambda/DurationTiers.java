package dev.costbench.pricing.lambda;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Architecture;

import dev.costbench.pricing.component.Quantity;

import java.math.BigDecimal;

/**
 * AWS's monthly duration tiers (https://aws.amazon.com/lambda/pricing/): x86 first 6 billion GB-s, next 9 billion,
 * then the rest; arm64 first 7.5 billion, next 11.25 billion, then the rest. Each tier has its own rate.
 */
public record DurationTiers(String name, BigDecimal firstTier, BigDecimal secondTier, String[] dimensions, String[] descriptions) {

    public static final DurationTiers X86 = new DurationTiers("x86", new BigDecimal("6000000000"), new BigDecimal("9000000000"),
            new String[]{ServiceRates.LAMBDA_X86_TIER1, ServiceRates.LAMBDA_X86_TIER2, ServiceRates.LAMBDA_X86_TIER3},
            new String[]{"Duration, first 6B GB-s a month", "Duration, next 9B GB-s", "Duration, over 15B GB-s"});
    public static final DurationTiers ARM = new DurationTiers("arm", new BigDecimal("7500000000"), new BigDecimal("11250000000"),
            new String[]{ServiceRates.LAMBDA_ARM_TIER1, ServiceRates.LAMBDA_ARM_TIER2, ServiceRates.LAMBDA_ARM_TIER3},
            new String[]{"Duration (arm64), first 7.5B GB-s a month", "Duration (arm64), next 11.25B GB-s",
                    "Duration (arm64), over 18.75B GB-s"});

    public static DurationTiers of(Architecture arch) { return arch == Architecture.ARM64 ? ARM : X86; }

    /** The parts of {@code gbSeconds} in tiers 1, 2 and 3, as rules. */
    public Quantity.Band[] bands(Quantity gbSeconds) {
        BigDecimal upToSecond = firstTier.add(secondTier);
        return new Quantity.Band[]{new Quantity.Band(gbSeconds, BigDecimal.ZERO, firstTier),
                new Quantity.Band(gbSeconds, firstTier, upToSecond), new Quantity.Band(gbSeconds, upToSecond, null)};
    }

    /** GB-seconds falling in tiers 1, 2 and 3. */
    public BigDecimal[] split(BigDecimal gbSeconds) {
        Quantity.Band[] bands = bands(new Quantity.Constant(gbSeconds.max(BigDecimal.ZERO)));
        return new BigDecimal[]{bands[0].value(), bands[1].value(), bands[2].value()};
    }
}
