package dev.costbench.workshop;

import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A scenario priced with a real Savings Plan commitment instead of each block's own option: the blocks whose usage
 * the plan covers run On-Demand and the commitment pays for what it covers, hour by hour; every other block keeps
 * its chosen option. The commitment's effect is one figure, {@link #commitmentEffect()}: plan cost − the On-Demand
 * cost of the usage it could cover, so that the block costs and it add up to the total.
 *
 * @param blockMonthly each block's monthly cost (covered blocks at On-Demand), by block id; null for unpriced blocks
 */
public record CommitmentPricing(CostReport report, Map<String, BigDecimal> blockMonthly, SavingsPlanSizing sizing,
                                BigDecimal total) {

    static CommitmentPricing of(CommittedScenario cs, PricingEngine engine) {
        Scenario scenario = cs.scenario();
        CostReport report = engine.price(scenario);
        Map<String, BigDecimal> blocks = new LinkedHashMap<>();
        if (!cs.committed()) {
            BigDecimal total = BigDecimal.ZERO;
            for (BlockCost b : report.blocks()) {
                BigDecimal c = chosen(b);
                blocks.putIfAbsent(b.blockId(), c);
                if (c != null) total = total.add(c);
            }
            return new CommitmentPricing(report, blocks, null, total);
        }
        SavingsPlanCommitment commitment = cs.commitment();
        HourlyUsage usage = HourlyUsage.of(scenario, report, engine);
        SavingsPlanOptimizer optimizer = new SavingsPlanOptimizer(usage);
        SavingsPlanSizing sizing = optimizer.evaluate(commitment.plan(),
                scopeOrNull(usage, commitment), commitment.perHour());
        Set<String> covered = new HashSet<>();
        for (PlanUsage u : usage.usages())
            if (u.eligibleFor(commitment.plan().type()) && u.planRate(commitment.plan()) != null
                    && (commitment.plan().type() == dev.costbench.model.purchase.SavingsPlanType.COMPUTE || commitment.scope().equals(u.family())))
                covered.addAll(u.blockIds());
        BigDecimal total = sizing.exact().monthlyCost().subtract(sizing.exact().onDemandMonthly());
        for (BlockCost b : report.blocks()) {
            OptionCost od = b.option(PurchaseOption.ON_DEMAND);
            BigDecimal c = covered.contains(b.blockId()) ? (od.isPriced() ? od.monthlyEffective() : null) : chosen(b);
            blocks.putIfAbsent(b.blockId(), c);
            if (c != null) total = total.add(c);
        }
        return new CommitmentPricing(report, blocks, sizing, total);
    }

    /** Plan cost − On-Demand of the usage it could cover: negative when the commitment saves; 0 without one. */
    public BigDecimal commitmentEffect() {
        return sizing == null ? BigDecimal.ZERO : sizing.exact().monthlyCost().subtract(sizing.exact().onDemandMonthly());
    }

    private static String scopeOrNull(HourlyUsage usage, SavingsPlanCommitment c) {
        if (c.plan().type() == dev.costbench.model.purchase.SavingsPlanType.COMPUTE) {
            for (PlanUsage u : usage.usages()) if (u.planRate(c.plan()) != null) return "compute";
            return null;
        }
        for (PlanUsage u : usage.usages()) if (c.scope().equals(u.family()) && u.planRate(c.plan()) != null) return c.scope();
        return null;
    }

    private static BigDecimal chosen(BlockCost b) { return b.chosenMonthly(); }
}
