package dev.costbench.pricing.ec2;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Tenancy;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.util.List;

/**
 * The Dedicated per-region fee: AWS charges it once for every hour in which at least one Dedicated Instance of any
 * type runs in the region, however many run ($2 an hour in us-east-1, https://aws.amazon.com/ec2/pricing/dedicated-instances/).
 * A scenario is one region and its blocks run all month, so the fee is paid once per scenario, by the first block in
 * file order that runs Dedicated Instances, under every purchase option (no commitment discounts it). Every such block
 * carries the line, at 1 on the payer and 0 on the others, as the EKS cluster fee does, so the workbook moves the fee
 * when the first one's tenancy is edited. Dedicated Hosts do not pay it.
 */
public final class DedicatedFees {
    private final Block payer;

    private DedicatedFees(Block payer) { this.payer = payer; }

    public static final DedicatedFees NONE = new DedicatedFees(null);

    public static DedicatedFees of(List<Block> blocks) {
        for (Block b : blocks) if (tenancy(b) == Tenancy.DEDICATED) return new DedicatedFees(b);
        return NONE;
    }

    /** The tenancy of an EC2-backed block that has one; {@link Tenancy#DEFAULT} for every other block. */
    public static Tenancy tenancy(Block b) {
        return switch (b) {
            case AutoScalingGroup a -> a.tenancy();
            case Ec2Instances i -> i.tenancy();
            case EcsService s when s.launchType() == EcsService.LaunchType.EC2 -> s.tenancy();
            case EksNodeGroup g when g.mode() == EksNodeGroup.Mode.MANAGED -> g.tenancy();
            case BatchQueue q when !q.compute().isFargate() -> q.tenancy();
            default -> Tenancy.DEFAULT;
        };
    }

    /** Whether {@code b} is of a kind that may run Dedicated Instances (whatever its mode now). */
    public static boolean mayRunDedicated(Block b) {
        return b instanceof AutoScalingGroup || b instanceof Ec2Instances || b instanceof EcsService
                || b instanceof EksNodeGroup || b instanceof BatchQueue;
    }

    /** Whether {@code block} is the one that pays the scenario's fee. */
    public boolean pays(Block block) { return payer == block; }

    /** The fee line of a block running Dedicated Instances: 1 region-hour an hour on the payer, else 0. */
    public EveryOptionLines linesFor(Block block, RateBook rates) {
        EveryOptionLines lines = new EveryOptionLines();
        boolean pays = pays(block);
        ServiceDimension fee = rates.service(ServiceRates.EC2_DEDICATED, ServiceRates.DEDICATED_REGION_FEE);
        // a block that does not pay the fee needs no rate for it
        if (fee.rate() == null) return pays ? lines.missing(fee.missing()) : lines;
        Quantity.Text tenancy = new Quantity.Text("tenancy", "Tenancy",
                "the first block running Dedicated Instances in the scenario pays the region's fee", Tenancy.DEDICATED.fileName());
        Quantity.Named share = Quantity.Named.of("dedicated_fee", "Dedicated per-region fees paid", "regions",
                "1 on the scenario's first block running Dedicated Instances, else 0", new Quantity.FirstOf(tenancy, pays));
        return lines.add(CostLine.hourly("ec2.dedicated_fee", "Dedicated per-region fee (" + rates.region() + ")"
                        + (pays ? "" : ", paid by the first Dedicated block"), share, "regions",
                fee.rateRef("Dedicated per-region fee", "per region-hour"), fee.rate().usd(), fee.perMonth()));
    }
}
