package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;

/**
 * The option a block is bought under: its own {@code purchaseOption}; else Spot when the block itself runs on
 * Spot (an EKS node group with capacity type spot, a Batch ec2-spot or fargate-spot environment); else the
 * scenario's option. When that option does not apply to the block (reserved on a Lambda), it is bought
 * On-Demand.
 */
final class ChosenOption {
    private ChosenOption() {}

    static PurchaseOption of(Block block, PurchaseOption scenarioOption, OptionMap<OptionCost> options) {
        PurchaseOption wanted = block.purchaseOption() != null ? block.purchaseOption()
                : runsOnSpot(block) ? PurchaseOption.SPOT : scenarioOption;
        OptionCost cost = options.get(wanted);
        return cost == null || cost.status() == OptionCost.Status.NOT_APPLICABLE ? PurchaseOption.ON_DEMAND : wanted;
    }

    static boolean runsOnSpot(Block block) {
        return switch (block) {
            case EksNodeGroup g -> g.mode() == EksNodeGroup.Mode.MANAGED && g.capacityType() == EksNodeGroup.CapacityType.SPOT;
            case BatchQueue q -> q.compute().isSpot();
            default -> false;
        };
    }
}
