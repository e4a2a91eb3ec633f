package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An Application or Network Load Balancer, priced per hour plus capacity units on the largest of
 * AWS's dimensions. {@code ruleEvaluationsPerSec} counts billable evaluations, i.e. beyond the 10
 * free rules per request (ALB only). {@code protocol} is a Network Load Balancer's listener protocol (TCP, UDP or
 * TLS), which sets how much of each dimension one NLCU covers; an ALB ignores it.
 */
public record LoadBalancer(String id, String name, double x, double y, PurchaseOption purchaseOption,
                           Type type, BigDecimal newConnectionsPerSec, BigDecimal activeConnectionsPerMin,
                           BigDecimal processedGbPerHour, BigDecimal ruleEvaluationsPerSec,
                           Protocol protocol, Map<String, Object> extensions) implements Block {

    /** A Network Load Balancer's listener protocol. */
    public enum Protocol {
        TCP("tcp"), UDP("udp"), TLS("tls");
        private final String fileName;
        Protocol(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public static Protocol fromFileName(String s) {
            for (Protocol p : values()) if (p.fileName.equalsIgnoreCase(s)) return p;
            return null;
        }
    }

    public enum Type {
        ALB("alb"), NLB("nlb");
        private final String fileName;
        Type(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public static Type fromFileName(String s) {
            for (Type t : values()) if (t.fileName.equalsIgnoreCase(s)) return t;
            return null;
        }
    }

    public LoadBalancer {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        type = type == null ? Type.ALB : type;
        protocol = protocol == null ? Protocol.TCP : protocol;
        newConnectionsPerSec = orZero(newConnectionsPerSec);
        activeConnectionsPerMin = orZero(activeConnectionsPerMin);
        processedGbPerHour = orZero(processedGbPerHour);
        ruleEvaluationsPerSec = orZero(ruleEvaluationsPerSec);
    }

    /** A block with no fields beyond the ones this version knows. */
    public LoadBalancer(String id, String name, double x, double y, PurchaseOption purchaseOption,
                        Type type, BigDecimal newConnectionsPerSec, BigDecimal activeConnectionsPerMin,
                        BigDecimal processedGbPerHour, BigDecimal ruleEvaluationsPerSec) {
        this(id, name, x, y, purchaseOption, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, Protocol.TCP, Map.of());
    }

    /** A TCP block with {@code extensions}, the fields this version does not know. */
    public LoadBalancer(String id, String name, double x, double y, PurchaseOption purchaseOption,
                        Type type, BigDecimal newConnectionsPerSec, BigDecimal activeConnectionsPerMin,
                        BigDecimal processedGbPerHour, BigDecimal ruleEvaluationsPerSec, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, Protocol.TCP, extensions);
    }

    private static BigDecimal orZero(BigDecimal v) { return v == null ? BigDecimal.ZERO : v; }

    @Override public BlockKind kind() { return BlockKind.LOAD_BALANCER; }
    @Override public LoadBalancer withId(String v) { return new LoadBalancer(v, name, x, y, purchaseOption, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, protocol, extensions); }
    @Override public LoadBalancer withName(String v) { return new LoadBalancer(id, v, x, y, purchaseOption, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, protocol, extensions); }
    @Override public LoadBalancer withPosition(double nx, double ny) { return new LoadBalancer(id, name, nx, ny, purchaseOption, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, protocol, extensions); }
    @Override public LoadBalancer withPurchaseOption(PurchaseOption v) { return new LoadBalancer(id, name, x, y, v, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, protocol, extensions); }
    public LoadBalancer withType(Type v) { return new LoadBalancer(id, name, x, y, purchaseOption, v, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, protocol, extensions); }
    public LoadBalancer withProtocol(Protocol v) { return new LoadBalancer(id, name, x, y, purchaseOption, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, v, extensions); }
    @Override public LoadBalancer withExtensions(Map<String, Object> v) { return new LoadBalancer(id, name, x, y, purchaseOption, type, newConnectionsPerSec, activeConnectionsPerMin, processedGbPerHour, ruleEvaluationsPerSec, protocol, v); }
}
