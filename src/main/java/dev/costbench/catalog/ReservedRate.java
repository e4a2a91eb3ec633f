package dev.costbench.catalog;

import java.math.BigDecimal;

/** A Reserved Instance offer for one instance: the upfront fee for the whole term plus an hourly rate. */
public record ReservedRate(BigDecimal upfront, BigDecimal hourly, Provenance provenance) {}
