package dev.costbench.catalog;

import java.math.BigDecimal;

/**
 * A Spot price per instance-hour, with the Spot Advisor interruption bucket (0 = under 5% … 4 = over 20%)
 * and its label; -1 and "unknown" when the advisor has no bucket for the type.
 */
public record SpotRate(BigDecimal hourly, int interruptionBucket, String interruptionLabel, Provenance provenance) {}
