package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.Map;

/**
 * NAT gateways of a VPC (usually one per Availability Zone): each bills every hour it exists, and every GB that
 * passes through it is billed as processed (https://aws.amazon.com/vpc/pricing/). The GB come from the connections
 * that reach the block, so the block itself only holds how many gateways there are.
 */
public record NatGateway(String id, String name, double x, double y, PurchaseOption purchaseOption, int gateways,
                         Map<String, Object> extensions) implements Block {

    public NatGateway {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** A block with no fields beyond the ones this version knows. */
    public NatGateway(String id, String name, double x, double y, PurchaseOption purchaseOption, int gateways) {
        this(id, name, x, y, purchaseOption, gateways, Map.of());
    }

    @Override public BlockKind kind() { return BlockKind.NAT_GATEWAY; }
    @Override public NatGateway withId(String v) { return new NatGateway(v, name, x, y, purchaseOption, gateways, extensions); }
    @Override public NatGateway withName(String v) { return new NatGateway(id, v, x, y, purchaseOption, gateways, extensions); }
    @Override public NatGateway withPosition(double nx, double ny) { return new NatGateway(id, name, nx, ny, purchaseOption, gateways, extensions); }
    @Override public NatGateway withPurchaseOption(PurchaseOption v) { return new NatGateway(id, name, x, y, v, gateways, extensions); }
    public NatGateway withGateways(int v) { return new NatGateway(id, name, x, y, purchaseOption, v, extensions); }
    @Override public NatGateway withExtensions(Map<String, Object> v) { return new NatGateway(id, name, x, y, purchaseOption, gateways, v); }
}
