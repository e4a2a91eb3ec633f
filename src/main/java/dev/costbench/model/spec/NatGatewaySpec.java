package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import dev.costbench.model.NatGateway;

import java.util.List;

import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** NAT gateways' fields: how many; the GB they process come from the connections that reach the block. */
final class NatGatewaySpec {
    private NatGatewaySpec() {}

    static KindSpec spec() {
        Class<NatGateway> n = NatGateway.class;
        return new KindSpec(BlockKind.NAT_GATEWAY, List.of(
                field("gateways", "NAT gateways", "Gateways billed every hour of the month, usually one per Availability Zone;"
                                + " the GB they process come from the block's connections", "gateways",
                        whole(1, AwsLimits.NAT_GATEWAYS), 1L, of(n, g -> (long) g.gateways()))),
                (id, type) -> new NatGateway(id, "NAT gateway", 0, 0, null, 1),
                "nat-gateway");
    }
}
