package dev.costbench.pricing;

/**
 * How a cost line turns quantity × unit price into money, which the workbook reproduces as a formula.
 * HOURLY: quantity is per hour, monthly = quantity × unit price × hours per month.
 * MONTHLY: quantity is per month, monthly = quantity × unit price.
 * UPFRONT: quantity × unit price is paid once per term; monthly effective spreads it over the term's months.
 */
public enum Charge { HOURLY, MONTHLY, UPFRONT }
