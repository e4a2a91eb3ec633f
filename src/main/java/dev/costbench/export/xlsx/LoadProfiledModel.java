package dev.costbench.export.xlsx;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LoadProfile;
import dev.costbench.pricing.CostLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.util.List;

/**
 * A block whose count follows a weekly load profile. The engine prices such a block hour by hour (whole
 * counts each hour, the mixed-instances and capacity-provider splits and packing per hour, a reservation of
 * the quietest hour's count) and bills the week's average; 168 hourly values per block are not something a
 * workbook model should re-derive, so its line quantities are the engine's hour-weighted averages, written as
 * inputs a reviewer can change, and Assumptions says so. The cluster fee does not follow the profile.
 */
final class LoadProfiledModel implements BlockModel {
    private final BlockModel plain;
    private final LoadProfile profile;

    private LoadProfiledModel(BlockModel plain, LoadProfile profile) {
        this.plain = plain;
        this.profile = profile;
    }

    /** {@code plain} itself unless the block's counts follow a profile (a Lambda's profile only shapes its hours). */
    static BlockModel around(BlockModel plain, Block block) {
        LoadProfile p = switch (block) {
            case AutoScalingGroup a -> a.loadProfile();
            case EcsService s -> s.loadProfile();
            case EksNodeGroup g -> g.loadProfile();
            case BatchQueue q -> q.loadProfile();
            default -> LoadProfile.NONE;
        };
        return p == null || p.isNone() ? plain : new LoadProfiledModel(plain, p);
    }

    @Override
    public List<AssumptionRow> assumptions(BlockPlan plan) {
        return List.of(AssumptionRow.option(plan.cost.chosenOption().key()),
                AssumptionRow.note("Load profile", "profile", profile.preset(),
                        "counts follow this weekly profile: each line's quantity on Line items is the hour-weighted "
                                + "average, an input you can change there"));
    }

    @Override
    public String quantity(BlockPlan plan, Variant variant, PurchaseOption option, CostLine line) {
        return line.component().equals(LineCodes.EKS_CLUSTER) ? plain.quantity(plan, variant, option, line) : null;
    }
}
