package dev.costbench.pricing.elb;

import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an ALB forwards to, read from the design's connections (load balancer → block): AWS counts an LCU's processed
 * bytes as 0.4 GB for Lambda targets and 1 GB for any other (https://aws.amazon.com/elasticloadbalancing/pricing/).
 */
public enum AlbTargets {
    /** Instances, containers, IP addresses, or no connection drawn. */
    OTHER,
    /** Every connection from the load balancer goes to a Lambda function. */
    LAMBDA,
    /** Lambda functions and other targets: the bytes' split is unknown, so the Lambda count (the higher) is used. */
    MIXED;

    public static final String MIXED_WARNING = "forwards to Lambda functions and to other targets; its processed"
            + " bytes are counted at the Lambda targets' 0.4 GB per LCU, the higher of the two (an upper bound)";

    /** Whether processed bytes count 0.4 GB per LCU. */
    public boolean lambda() { return this != OTHER; }

    /** Each load balancer's targets, by block id; a load balancer not in the map forwards to {@link #OTHER}. */
    public static Map<String, AlbTargets> of(List<Block> blocks, List<Connection> connections) {
        Map<String, Block> byId = new HashMap<>();
        for (Block b : blocks) byId.put(b.id(), b);
        Map<String, AlbTargets> out = new HashMap<>();
        for (Connection c : connections) {
            if (!(byId.get(c.from()) instanceof LoadBalancer lb) || lb.type() != LoadBalancer.Type.ALB) continue;
            Block target = byId.get(c.to());
            if (target == null) continue;
            AlbTargets now = target instanceof LambdaFunction ? LAMBDA : OTHER;
            AlbTargets before = out.get(lb.id());
            out.put(lb.id(), before == null || before == now ? now : MIXED);
        }
        out.values().removeIf(t -> t == OTHER);
        return out;
    }
}
