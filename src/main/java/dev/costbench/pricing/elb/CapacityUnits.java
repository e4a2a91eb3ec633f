package dev.costbench.pricing.elb;

import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.component.Quantity.Named;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Load balancer capacity units an hour: the largest of AWS's dimensions, each divided by what one unit covers
 * (https://aws.amazon.com/elasticloadbalancing/pricing/). ALB LCU: 25 new connections/s, 3,000 active
 * connections/min, 1 GB processed/h (0.4 GB/h when its targets are Lambda functions), 1,000 rule evaluations/s.
 * NLB NLCU, by listener protocol: TCP 800 new connections/s, 100,000 active connections/min, 1 GB processed/h;
 * UDP 400 new flows/s, 50,000 active flows/min, 1 GB; TLS 50 new connections/s, 3,000 active connections/min, 1 GB.
 */
public record CapacityUnits(Named units, Wording.Largest largest) {

    /** The largest dimension in words, with its figure: "16660 active connections/min ÷ 3,000". */
    public String largestDimension() { return largest.text(); }


    public static final long ALB_NEW_CONNECTIONS = 25, ALB_ACTIVE_CONNECTIONS = 3_000, ALB_RULE_EVALUATIONS = 1_000;
    public static final long NLB_NEW_CONNECTIONS = 800, NLB_ACTIVE_CONNECTIONS = 100_000;
    public static final long NLB_UDP_NEW_FLOWS = 400, NLB_UDP_ACTIVE_FLOWS = 50_000;
    public static final long NLB_TLS_NEW_CONNECTIONS = 50, NLB_TLS_ACTIVE_CONNECTIONS = 3_000;

    /** What one NLCU covers of new and active connections (flows for UDP) under a listener protocol. */
    static long nlbNew(LoadBalancer.Protocol p) {
        return switch (p) { case TCP -> NLB_NEW_CONNECTIONS; case UDP -> NLB_UDP_NEW_FLOWS; case TLS -> NLB_TLS_NEW_CONNECTIONS; };
    }

    static long nlbActive(LoadBalancer.Protocol p) {
        return switch (p) { case TCP -> NLB_ACTIVE_CONNECTIONS; case UDP -> NLB_UDP_ACTIVE_FLOWS; case TLS -> NLB_TLS_ACTIVE_CONNECTIONS; };
    }
    /** GB processed an hour per unit, ALB and NLB alike, for instance, container and IP targets. */
    public static final BigDecimal GB_PROCESSED = BigDecimal.ONE;
    /** GB processed an hour per LCU when an ALB's targets are Lambda functions. */
    public static final BigDecimal GB_PROCESSED_LAMBDA_TARGETS = new BigDecimal("0.4");

    private record Dimension(String name, Input input, BigDecimal perUnit) {
        Dimension(String name, Input input, long perUnit) { this(name, input, BigDecimal.valueOf(perUnit)); }

        Quantity units() {
            return perUnit.compareTo(BigDecimal.ONE) == 0 ? input : Quantity.div(input, new Quantity.Constant(perUnit));
        }

        String perUnitText() { return perUnit.scale() > 0 ? perUnit.toPlainString() : SizeText.count(perUnit.longValueExact()); }
    }

    public static CapacityUnits of(LoadBalancer lb) { return of(lb, false); }

    /** {@code lambdaTargets}: the ALB forwards to Lambda functions, whose processed bytes count 0.4 GB per LCU. */
    public static CapacityUnits of(LoadBalancer lb, boolean lambdaTargets) {
        boolean alb = lb.type() == LoadBalancer.Type.ALB;
        BigDecimal gbPerUnit = alb && lambdaTargets ? GB_PROCESSED_LAMBDA_TARGETS : GB_PROCESSED;
        List<Dimension> dims = new ArrayList<>(4);
        dims.add(new Dimension("new connections/s", Input.number("newConnectionsPerSec", "New connections", "per second", null,
                orZero(lb.newConnectionsPerSec())), alb ? ALB_NEW_CONNECTIONS : nlbNew(lb.protocol())));
        dims.add(new Dimension("active connections/min", Input.number("activeConnectionsPerMin", "Active connections", "per minute",
                null, orZero(lb.activeConnectionsPerMin())), alb ? ALB_ACTIVE_CONNECTIONS : nlbActive(lb.protocol())));
        dims.add(new Dimension("GB processed/h", Input.number("processedGbPerHour", "Processed data", "GB per hour", null,
                orZero(lb.processedGbPerHour())), gbPerUnit));
        if (alb)
            dims.add(new Dimension("rule evaluations/s", Input.number("ruleEvaluationsPerSec", "Rule evaluations", "per second",
                    "billable evaluations, beyond the 10 free rules per request", orZero(lb.ruleEvaluationsPerSec())),
                    ALB_RULE_EVALUATIONS));
        // no traffic is 0 units, never less
        Quantity largest = Quantity.Constant.of(0);
        List<String> note = new ArrayList<>(4);
        List<Wording.Choice> choices = new ArrayList<>(4);
        for (Dimension d : dims) {
            largest = Quantity.max(largest, d.units());
            note.add(d.input().label().toLowerCase().split(" ")[0] + " ÷ " + d.perUnitText());
            choices.add(new Wording.Choice(d.units(), Wording.of(new Wording.Figure(d.input(), true),
                    " " + d.name() + " ÷ " + d.perUnitText())));
        }
        Named units = Named.of("capacity_units", alb ? "LCU" : "NLCU", "per hour", "max(" + String.join(", ", note) + ")",
                largest);
        return new CapacityUnits(units, new Wording.Largest(choices, "no traffic set"));
    }

    private static BigDecimal orZero(BigDecimal v) { return v == null ? BigDecimal.ZERO : v; }
}
