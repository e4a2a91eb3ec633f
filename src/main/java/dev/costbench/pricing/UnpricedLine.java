package dev.costbench.pricing;

import dev.costbench.pricing.component.Quantity;

/**
 * A line whose rate the catalog lacks, kept while its quantity is 0 (a tier no usage reaches yet): it adds
 * nothing to the option, but the workbook writes its rule, so an edit that reaches it reads missing there, never $0.
 */
public record UnpricedLine(String component, String description, Quantity rule, String unit, Charge charge,
                           MissingPrice missing) {}
