package dev.costbench.pricing;

import dev.costbench.catalog.Provenance;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.RateRef;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cost component of a block under one purchase option, e.g. "On-Demand instances: 4 instance-hours
 * per hour × $0.192". {@code component} is a stable code (e.g. {@code ec2.instances}, {@code lambda.duration.tier1})
 * that the exporter uses to write the matching formula. For UPFRONT lines {@code termMonths} is the
 * term's length; {@code monthly} is then the amortized amount and {@code upfront} the one-off payment.
 * A line built from components also carries {@code rule}, how its quantity follows from the block's inputs,
 * and {@code rate}, the catalog rate its unit price comes from, so the workbook can write the same rule as a
 * formula; both are null on lines whose quantity is a figure only. {@code wording}, when not null, is the
 * description with the inputs' figures in it: the description is its text, and the workbook writes it as a
 * formula so that it follows an edited input.
 */
public record CostLine(String component, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                       Charge charge, int termMonths, BigDecimal monthly, BigDecimal upfront, Provenance provenance,
                       Quantity rule, RateRef rate, Wording wording) {

    public CostLine(String component, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                    Charge charge, int termMonths, BigDecimal monthly, BigDecimal upfront, Provenance provenance) {
        this(component, description, quantity, unit, unitPrice, charge, termMonths, monthly, upfront, provenance, null, null);
    }

    public CostLine(String component, String description, BigDecimal quantity, String unit, BigDecimal unitPrice,
                    Charge charge, int termMonths, BigDecimal monthly, BigDecimal upfront, Provenance provenance,
                    Quantity rule, RateRef rate) {
        this(component, description, quantity, unit, unitPrice, charge, termMonths, monthly, upfront, provenance, rule, rate, null);
    }

    /**
     * Lines are equal when their figures and rate are: a rule may refer to other blocks' figures (the Lambda free
     * tier's chain) that moved without changing this line, and a reused line must still equal a fresh one.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof CostLine l && component.equals(l.component) && Objects.equals(description, l.description)
                && Objects.equals(quantity, l.quantity) && Objects.equals(unit, l.unit) && Objects.equals(unitPrice, l.unitPrice)
                && charge == l.charge && termMonths == l.termMonths && Objects.equals(monthly, l.monthly)
                && Objects.equals(upfront, l.upfront) && Objects.equals(provenance, l.provenance) && Objects.equals(rate, l.rate);
    }

    @Override
    public int hashCode() { return Objects.hash(component, description, quantity, unitPrice, charge, monthly); }

    /** Whether the workbook can write this line's quantity as a formula over the block's inputs. */
    public boolean hasRule() { return rule != null && rate != null; }

    /**
     * An hourly line of {@code rule} × {@code rate}; {@code unitPrice} and {@code monthlyPerUnit} (unit price ×
     * 730) are the engine's figures for the rate, worked out once per rate rather than once per line.
     */
    public static CostLine hourly(String component, String description, Quantity rule, String unit, RateRef rate,
                                  BigDecimal unitPrice, BigDecimal monthlyPerUnit) {
        BigDecimal q = rule.value();
        return new CostLine(component, description, q, unit, unitPrice, Charge.HOURLY, 0, q.multiply(monthlyPerUnit),
                BigDecimal.ZERO, rate.provenance(), rule, rate);
    }

    public static CostLine monthly(String component, String description, Quantity rule, String unit, RateRef rate,
                                   BigDecimal unitPrice) {
        BigDecimal q = rule.value();
        return new CostLine(component, description, q, unit, unitPrice, Charge.MONTHLY, 0, q.multiply(unitPrice),
                BigDecimal.ZERO, rate.provenance(), rule, rate);
    }

    /** As {@link #monthly(String, String, Quantity, String, RateRef, BigDecimal)}, described by {@code words}. */
    public static CostLine monthly(String component, Wording words, Quantity rule, String unit, RateRef rate,
                                   BigDecimal unitPrice) {
        BigDecimal q = rule.value();
        return new CostLine(component, words.text(), q, unit, unitPrice, Charge.MONTHLY, 0, q.multiply(unitPrice),
                BigDecimal.ZERO, rate.provenance(), rule, rate, words);
    }

    /** As {@link #hourly(String, String, Quantity, String, RateRef, BigDecimal, BigDecimal)}, described by {@code words}. */
    public static CostLine hourly(String component, Wording words, Quantity rule, String unit, RateRef rate,
                                  BigDecimal unitPrice, BigDecimal monthlyPerUnit) {
        BigDecimal q = rule.value();
        return new CostLine(component, words.text(), q, unit, unitPrice, Charge.HOURLY, 0, q.multiply(monthlyPerUnit),
                BigDecimal.ZERO, rate.provenance(), rule, rate, words);
    }

    public static CostLine upfront(String component, String description, Quantity rule, String unit, RateRef rate,
                                   BigDecimal unitPrice, int termMonths, BigDecimal monthlyPerUnit) {
        BigDecimal q = rule.value();
        return new CostLine(component, description, q, unit, unitPrice, Charge.UPFRONT, termMonths,
                q.multiply(monthlyPerUnit), q.multiply(unitPrice), rate.provenance(), rule, rate);
    }

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
