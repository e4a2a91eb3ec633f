package dev.costbench.pricing;

import java.math.BigDecimal;

/** Monthly cost under the block's chosen option at its lowest and highest count (ASG min..max, load profile). */
public record CostRange(BigDecimal min, BigDecimal expected, BigDecimal max) {}
