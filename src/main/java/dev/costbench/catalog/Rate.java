package dev.costbench.catalog;

import java.math.BigDecimal;

/** A unit price in USD with its unit (e.g. "hour", "vCPU-hour", "GB-second") and provenance. */
public record Rate(BigDecimal usd, String unit, Provenance provenance) {}
