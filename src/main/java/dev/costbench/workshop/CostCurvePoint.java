package dev.costbench.workshop;

import java.math.BigDecimal;

/** One point of a Savings Plan's cost curve: the monthly cost of the covered usage at a commitment ($/hour). */
public record CostCurvePoint(BigDecimal commitmentPerHour, BigDecimal monthlyCost, boolean optimum) {}
