package dev.costbench.pricing.ec2;

import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;

/**
 * The instances of an EC2-backed block (an Auto Scaling group or EC2 instances, an ECS service on EC2, an EKS managed
 * node group, a Batch queue on EC2) under the block's tenancy, one home for every kind: on shared hardware at the shared rates; as
 * Dedicated Instances at the Dedicated rates ({@link RateBook#dedicatedInstance}) plus the block's share of the
 * region's fee ({@link DedicatedFees}), Spot not applicable; on Dedicated Hosts as whole hosts ({@link HostFleet}),
 * sized for the busiest hour. Lines that do not depend on the tenancy (EBS, the EKS cluster fee) are added as they are.
 */
public final class TenancyFleet {
    private TenancyFleet() {}

    public static final String NO_SPOT = "Costbench prices no Spot on dedicated hardware: AWS publishes no Dedicated Spot rate, "
            + "and Dedicated Hosts run no Spot Instances";

    /** The rates {@code type}'s instances are bought at under {@code tenancy} (hosts are priced per host instead). */
    public static InstanceRates rates(RateBook rates, Tenancy tenancy, String type) {
        return tenancy == Tenancy.DEDICATED ? rates.dedicatedInstance(type) : rates.instance(type);
    }

    /**
     * The block priced under {@code tenancy}: {@code instances} adds the instance lines (built on
     * {@link #rates(RateBook, Tenancy, String)}), {@code peak} is the instance count at the busiest hour (hosts are
     * allocated for it), {@code dedicatedFee} is the block's share of the Dedicated fee and {@code others} the lines
     * every tenancy carries.
     */
    public static PricedBlock price(Tenancy tenancy, Wording keySize, RateBook rates, String type, Quantity peak,
                                    Consumer<OptionLines> instances, EveryOptionLines dedicatedFee, List<String> warnings,
                                    EveryOptionLines... others) {
        OptionLines lines = new OptionLines(null);
        if (tenancy == Tenancy.HOST) {
            int perHost = HostFleet.instancesPerHost(rates, type);
            if (perHost == 0) return PricedBlock.missing(keySize.text() + " on Dedicated Hosts", rates.dedicatedInstance(type).missingSpec(), warnings);
            Quantity.Named hosts = HostFleet.hosts(peak, perHost);
            // text: "Host" or "Hosts" follows the count
            String size = keySize.text() + " on " + SizeText.plain(hosts.value()) + " Dedicated Host"
                    + (hosts.value().compareTo(BigDecimal.ONE) == 0 ? "" : "s") + " (" + perHost + " per host)";
            return new PricedBlock(size, PricedBlock.eachOption(o -> {
                OptionLines out = lines.reset(o);
                OptionCost notApplicable = HostFleet.price(out, rates, type, hosts);
                if (notApplicable != null) return notApplicable;
                for (EveryOptionLines l : others) l.addTo(out);
                return out.build();
            }), warnings);
        }
        boolean dedicated = tenancy == Tenancy.DEDICATED;
        return PricedBlock.sized(Wording.of(keySize, dedicated ? " as Dedicated Instances" : ""), PricedBlock.eachOption(o -> {
            if (dedicated && o instanceof PurchaseOption.Spot) return OptionCost.notApplicable(o, NO_SPOT);
            OptionLines out = lines.reset(o);
            instances.accept(out);
            for (EveryOptionLines l : others) l.addTo(out);
            if (dedicated) dedicatedFee.addTo(out);
            return out.build();
        }), warnings);
    }
}
