package dev.costbench.pricing.ecr;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.KeySize;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.util.List;

/**
 * An ECR private repository (https://aws.amazon.com/ecr/pricing/): GB-months stored, and data transferred out at
 * AWS's data transfer rates (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer) to other regions at the
 * region's inter-region rate. Pulls by compute in the repository's region are free, so they are no input. Its pulls
 * from the internet are priced with the scenario's other internet egress ({@code traffic.TrafficCharges}), because
 * AWS's tiers and 100 GB a month free are the account's, across every service. Sold On-Demand only: storage and
 * transfer have no Spot, reservations or Savings Plans.
 */
public final class EcrRepositoryPricer {
    private EcrRepositoryPricer() {}

    public static final String NO_SPOT = "ECR has no Spot pricing";
    public static final String NO_RESERVED = "ECR has no reservations";
    public static final String NO_PLANS = "Savings Plans do not cover ECR storage or data transfer";
    public static final String NO_TWIN = "ECR repositories have no Graviton twin: they store images, they run nothing";
    private static final NotApplicable SPOT_NA = new NotApplicable(NO_SPOT);
    private static final NotApplicable RESERVED_NA = new NotApplicable(NO_RESERVED);
    private static final NotApplicable PLANS_NA = new NotApplicable(NO_PLANS);

    public static PricedBlock price(EcrRepository e, RateBook rates) {
        Input stored = Input.number("storedGb", "Stored", "GB", "on average over the month", e.storedGb());
        Input crossRegion = Input.number("crossRegionGbPerMonth", "Pulled by other regions", "GB a month", null, e.crossRegionGbPerMonth());
        OptionLines out = new OptionLines(PurchaseOption.ON_DEMAND);
        monthly(out, rates.service(ServiceRates.ECR, ServiceRates.ECR_STORAGE), "ecr.storage", "Image storage", stored,
                "GB-months", "ECR storage GB-month", "per GB-month");
        monthly(out, rates.service(ServiceRates.DATA_TRANSFER, ServiceRates.INTER_REGION_OUT), "ecr.inter-region",
                "Pulled by other regions", crossRegion, "GB", "data transfer out to other regions", "per GB");
        OptionCost onDemand = out.build();
        return new PricedBlock(KeySize.of(e), PricedBlock.eachOption(o -> switch (o) {
            case PurchaseOption.OnDemand d -> onDemand;
            case PurchaseOption.Spot s -> SPOT_NA.of(o);
            case PurchaseOption.Reserved r -> RESERVED_NA.of(o);
            case PurchaseOption.SavingsPlan p -> PLANS_NA.of(o);
        }), List.of());
    }

    private static void monthly(OptionLines out, ServiceDimension rate, String code, String description, Quantity quantity,
                                String unit, String rateName, String perUnit) {
        // a repository nobody pulls from outside its region prices without transfer rates
        CostLine line = rate.monthlyLine(code, description, quantity, unit, rateName, perUnit, false, out.gaps());
        if (line != null) out.add(line);
    }
}
