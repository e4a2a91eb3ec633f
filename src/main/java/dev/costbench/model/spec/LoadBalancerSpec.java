package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import dev.costbench.model.LoadBalancer;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.model.spec.Fields.choice;
import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.from0;
import static dev.costbench.model.spec.Fields.of;

/** An Application or Network Load Balancer's fields. */
final class LoadBalancerSpec {
    private LoadBalancerSpec() {}

    static KindSpec spec() {
        Class<LoadBalancer> l = LoadBalancer.class;
        return new KindSpec(BlockKind.LOAD_BALANCER, List.of(
                field("type", "Type", "Application (ALB) or Network (NLB) Load Balancer", null,
                        choice(LoadBalancer.Type.values(), LoadBalancer.Type::fileName,
                                t -> t == LoadBalancer.Type.ALB ? "Application (ALB)" : "Network (NLB)"),
                        LoadBalancer.Type.ALB.fileName(), of(l, b -> b.type().fileName())),
                field("protocol", "Protocol", "A Network Load Balancer's listener protocol: one NLCU covers 800 new TCP connections/s, "
                                + "400 new UDP flows/s or 50 new TLS connections/s (the ALB ignores it)", null,
                        choice(LoadBalancer.Protocol.values(), LoadBalancer.Protocol::fileName, p -> p.name()),
                        LoadBalancer.Protocol.TCP.fileName(),
                        of(l, b -> b.type() == LoadBalancer.Type.NLB && b.protocol() != LoadBalancer.Protocol.TCP ? b.protocol().fileName() : null)),
                field("newConnectionsPerSec", "New connections / s", "Average new connections per second",
                        "new connections a second", from0(AwsLimits.LB_RATE), BigDecimal.ZERO, of(l, LoadBalancer::newConnectionsPerSec)),
                field("activeConnectionsPerMin", "Active connections / min", "Average concurrent connections per minute",
                        "active connections a minute", from0(AwsLimits.LB_RATE), BigDecimal.ZERO, of(l, LoadBalancer::activeConnectionsPerMin)),
                field("processedGbPerHour", "Processed GB / hour", "Traffic processed per hour", "GB an hour",
                        from0(AwsLimits.LB_RATE), BigDecimal.ZERO, of(l, LoadBalancer::processedGbPerHour)),
                field("ruleEvaluationsPerSec", "Rule evaluations / s",
                        "Billable rule evaluations per second beyond the 10 free rules (Application Load Balancer)",
                        "rule evaluations a second", from0(AwsLimits.LB_RATE), BigDecimal.ZERO, of(l, LoadBalancer::ruleEvaluationsPerSec))),
                (id, type) -> new LoadBalancer(id, "Load balancer", 0, 0, null, LoadBalancer.Type.ALB,
                        new BigDecimal("10"), new BigDecimal("600"), new BigDecimal("0.1"), BigDecimal.ZERO),
                "load-balancer");
    }
}
