package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;

import java.util.List;
import java.util.Map;

/**
 * The option a block is bought under: its own {@code purchaseOption}; else Spot when the block itself runs on
 * Spot (an EKS node group with capacity type spot, a Batch ec2-spot or fargate-spot environment); else the
 * scenario's option. When that option does not apply to the block (reserved on a Lambda), it is bought
 * On-Demand.
 */
final class ChosenOption {
    private ChosenOption() {}

    static String of(Block block, PurchaseOption scenarioOption, Map<String, OptionCost> options, List<String> warnings) {
        PurchaseOption wanted = null;
        if (block.purchaseOption() != null && !block.purchaseOption().isBlank()) {
            wanted = PurchaseOption.parse(block.purchaseOption());
            if (wanted == null)
                warnings.add("purchase option '" + block.purchaseOption() + "' is not one Costbench knows; using "
                        + (runsOnSpot(block) ? "Spot" : "the scenario's " + scenarioOption.label()));
        }
        if (wanted == null) wanted = runsOnSpot(block) ? PurchaseOption.SPOT : scenarioOption;
        OptionCost cost = options.get(wanted.key());
        return cost == null || cost.status() == OptionCost.Status.NOT_APPLICABLE ? PurchaseOption.ON_DEMAND.key() : wanted.key();
    }

    static boolean runsOnSpot(Block block) {
        return switch (block) {
            case EksNodeGroup g -> g.mode() == EksNodeGroup.Mode.MANAGED && g.capacityType() == EksNodeGroup.CapacityType.SPOT;
            case BatchQueue q -> q.compute().isSpot();
            default -> false;
        };
    }
}
