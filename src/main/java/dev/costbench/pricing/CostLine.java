package dev.costbench.pricing;

import dev.costbench.catalog.Provenance;

import java.math.BigDecimal;

/**
 * One cost component of a block under one purchase option, e.g. "On-Demand instances: 4 instance-hours
 * per hour × $0.192". {@code component} is a stable code (e.g. {@code ec2.instances}, {@code lambda.duration.tier1})
 * that the exporter uses to write the matching formula. For UPFRONT lines {@code termMonths} is the
 * term's length; {@code monthly} is then the amortized amount and {@code upfront} the one-off payment.
 */
public record CostLine(String component, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       Charge charge, int termMonths, BigDecimal monthly, BigDecimal upfront, Provenance provenance) {

    public static CostLine hourly(String component, String description, BigDecimal quantityPerHour, String unit,
                                  BigDecimal unitPrice, Provenance provenance) {
        BigDecimal monthly = quantityPerHour.multiply(unitPrice).multiply(Money.HOURS_PER_MONTH);
        return new CostLine(component, description, quantityPerHour, unit, unitPrice, Charge.HOURLY, 0, monthly,
                BigDecimal.ZERO, provenance);
    }

    /**
     * An hourly line whose monthly amount per unit (unit price × 730) is already known, so that a reprice of
     * thousands of blocks multiplies once per line ({@code monthly = quantity × monthlyPerUnit}).
     */
    public static CostLine hourly(String component, String description, BigDecimal quantityPerHour, String unit,
                                  BigDecimal unitPrice, BigDecimal monthlyPerUnit, Provenance provenance) {
        return new CostLine(component, description, quantityPerHour, unit, unitPrice, Charge.HOURLY, 0,
                quantityPerHour.multiply(monthlyPerUnit), BigDecimal.ZERO, provenance);
    }

    public static CostLine monthly(String component, String description, BigDecimal quantityPerMonth, String unit,
                                   BigDecimal unitPrice, Provenance provenance) {
        return new CostLine(component, description, quantityPerMonth, unit, unitPrice, Charge.MONTHLY, 0,
                quantityPerMonth.multiply(unitPrice), BigDecimal.ZERO, provenance);
    }

    /**
     * An upfront line whose amortized monthly amount per unit is already known, so that pricing thousands
     * of blocks does not divide by the term once per line ({@code monthly = quantity × monthlyPerUnit}).
     */
    public static CostLine upfront(String component, String description, BigDecimal quantity, String unit,
                                   BigDecimal unitPrice, int termMonths, BigDecimal monthlyPerUnit,
                                   Provenance provenance) {
        return new CostLine(component, description, quantity, unit, unitPrice, Charge.UPFRONT, termMonths,
                quantity.multiply(monthlyPerUnit), quantity.multiply(unitPrice), provenance);
    }

    public static CostLine upfront(String component, String description, BigDecimal quantity, String unit,
                                   BigDecimal unitPrice, int termMonths, Provenance provenance) {
        BigDecimal once = quantity.multiply(unitPrice);
        return new CostLine(component, description, quantity, unit, unitPrice, Charge.UPFRONT, termMonths,
                Money.divide(once, BigDecimal.valueOf(termMonths)), once, provenance);
    }
}
