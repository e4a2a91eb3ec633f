package dev.costbench.export;

import dev.costbench.pricing.OptionMap;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.asg.MixedInstancesSplit;
import dev.costbench.pricing.component.RateRef;
import dev.costbench.catalog.Basis;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostRange;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.GravitonTwin;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-scenario design of Auto Scaling groups priced by hand, for export tests that need no engine:
 * each group runs {@code n} × m5.xlarge, On-Demand $0.192/h, Spot $0.07/h (estimated), every Reserved and
 * Savings Plan option missing from the catalog. Monthly On-Demand = n × 0.192 × 730; Spot = n × 0.07 × 730.
 */
final class HandPricedDesign {
    static final Provenance OD = new Provenance("ec2-od", "AWS Price List, AmazonEC2 us-east-1", "2026-07-20", Basis.PUBLISHED, null);
    static final Provenance SPOT = new Provenance("ec2-spot", "Spot Advisor savings applied to On-Demand", "2025-06-28",
            Basis.ESTIMATED, "On-Demand × (1 − Spot Advisor saving)");

    private HandPricedDesign() {}

    static PriceCatalog catalog() {
        return PriceCatalog.builder().version("hand-1").asOf("2026-07-20")
                .onDemand("us-east-1", "m5.xlarge", new Rate(new BigDecimal("0.192"), "hour", OD))
                .offer("us-east-1", new OfferInfo("AmazonEC2", "2026-07-20T13:44:00Z", "20260720134400"))
                .build();
    }

    /** Groups named as given, with 4, 5, 6 … instances. */
    static ExportRequest of(String... names) {
        List<Block> blocks = new ArrayList<>();
        List<BlockCost> costs = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            AutoScalingGroup g = AutoScalingGroup.of("g" + (i + 1), names[i], "m5.xlarge", 1, 4 + i, 10);
            blocks.add(g);
            costs.add(cost(g));
        }
        Scenario s = new Scenario("Baseline", "us-east-1", blocks, List.of(), PurchaseOption.ON_DEMAND, false);
        CostReport report = new CostReport("hand-1", "2026-07-20", "Baseline", "us-east-1", costs, OptionMap.of(o -> null),
                sum(costs), BigDecimal.ZERO, null, List.of(), List.of());
        return new ExportRequest("Hand-priced design", catalog(), List.of(new PricedScenario(s, report)));
    }

    static BlockCost cost(AutoScalingGroup g) {
        // the group's counts as the engine's rules give them (all On-Demand: base 0, 100 % above it)
        MixedInstancesSplit.Rules n = MixedInstancesSplit.rules(g.desired(), 0, 100, null);
        BigDecimal od = new BigDecimal("0.192"), spot = new BigDecimal("0.07");
        RateRef odRate = RateRef.published("ec2", "m5.xlarge On-Demand", "us-east-1", "per instance-hour", od, OD);
        RateRef spotRate = RateRef.published("ec2", "m5.xlarge Spot", "us-east-1", "per instance-hour", spot, SPOT).asSpot();
        OptionMap<OptionCost> options = OptionMap.of(o -> switch (o) {
                case PurchaseOption.OnDemand d -> OptionCost.priced(o, List.of(CostLine.hourly("ec2.instances",
                        "m5.xlarge On-Demand", n.onDemand(), "instances", odRate, od, od.multiply(Money.HOURS_PER_MONTH))));
                case PurchaseOption.Spot sp -> OptionCost.priced(o, List.of(CostLine.hourly("ec2.spot",
                        "m5.xlarge Spot", n.instances(), "instances", spotRate, spot, spot.multiply(Money.HOURS_PER_MONTH))));
                default -> OptionCost.missing(o, List.of(new MissingPrice("us-east-1", "ec2", o.key() + " m5.xlarge")));
            });
        return new BlockCost(g.id(), g.name(), g.kind(), g.desired() + " × m5.xlarge", options, PurchaseOption.ON_DEMAND,
                GravitonTwin.unavailable("no Graviton price in this hand-made catalog"),
                new CostRange(null, options.get(PurchaseOption.ON_DEMAND).monthlyEffective(), null), List.of(), List.of());
    }

    private static BigDecimal sum(List<BlockCost> costs) {
        BigDecimal t = BigDecimal.ZERO;
        for (BlockCost c : costs) t = t.add(c.chosen().monthlyEffective());
        return t;
    }

}
