package dev.costbench.workshop;

import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.PricingEngine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scenario's spend that Savings Plans could cover, hour by hour over the week: the On-Demand-equivalent
 * spend of every block bought On-Demand or under a Savings Plan (Reserved and Spot capacity is already bought
 * another way), split into usages ({@link PlanUsage}) with their On-Demand and plan rates. Compute Savings Plans
 * cover EC2, Fargate and Lambda duration and provisioned concurrency; EC2 Instance Savings Plans cover EC2 of one
 * family in the region. Requests, storage, load balancers and cluster fees are never covered.
 * <p>
 * Build with {@link #of(Scenario, PricingEngine)}; immutable.
 */
public final class HourlyUsage {
    public static final int HOURS = 168;

    private final String scenario;
    private final String region;
    private final List<PlanUsage> usages;
    private final List<ExcludedBlock> excluded;
    private final Map<String, BigDecimal> eligibleMonthlyByBlock;
    private final CostReport report;

    /** A block whose usage is left out, and why (bought Reserved, on Spot, a price missing, nothing coverable). */
    public record ExcludedBlock(String blockId, String name, String reason) {}

    HourlyUsage(String scenario, String region, List<PlanUsage> usages, List<ExcludedBlock> excluded,
                Map<String, BigDecimal> eligibleMonthlyByBlock, CostReport report) {
        this.scenario = scenario;
        this.region = region;
        this.usages = List.copyOf(usages);
        this.excluded = List.copyOf(excluded);
        this.eligibleMonthlyByBlock = Map.copyOf(eligibleMonthlyByBlock);
        this.report = report;
    }

    /** Prices the scenario once (for each block's chosen option) and gathers its coverable usage. */
    public static HourlyUsage of(Scenario scenario, PricingEngine engine) {
        return of(scenario, engine.price(scenario), engine);
    }

    /** As {@link #of(Scenario, PricingEngine)} with the scenario's report already at hand. */
    public static HourlyUsage of(Scenario scenario, CostReport report, PricingEngine engine) {
        return new UsageCollector(scenario, report, engine.catalog()).collect();
    }

    /** A usage list built by hand (for tests and what-ifs that already know the hours). */
    public static HourlyUsage of(String region, List<PlanUsage> usages) {
        return new HourlyUsage("hand-built", region, usages, List.of(), Map.of(), null);
    }

    public String scenario() { return scenario; }

    public String region() { return region; }

    public List<PlanUsage> usages() { return usages; }

    public List<ExcludedBlock> excluded() { return excluded; }

    /** The report the usage was read from (each block's chosen option and On-Demand cost); null when built by hand. */
    public CostReport report() { return report; }

    /** Per block id, the On-Demand monthly cost of its coverable usage (what a commitment could replace). */
    public Map<String, BigDecimal> eligibleMonthlyByBlock() { return eligibleMonthlyByBlock; }

    /** On-Demand-equivalent spend per hour of the week that a Compute Savings Plan could cover (168 values). */
    public List<BigDecimal> computeEligibleOnDemand() { return perHour(SavingsPlanType.COMPUTE, null); }

    /** On-Demand-equivalent spend per hour of the week that EC2 Instance Savings Plans could cover (168 values). */
    public List<BigDecimal> ec2InstanceEligibleOnDemand() { return perHour(SavingsPlanType.EC2_INSTANCE, null); }

    /** The EC2 Instance-eligible spend per hour, by instance family (each family needs its own plan). */
    public Map<String, List<BigDecimal>> ec2InstanceEligibleByFamily() {
        Map<String, List<BigDecimal>> out = new TreeMap<>();
        for (PlanUsage u : usages) if (u.family() != null) out.computeIfAbsent(u.family(), f -> perHour(SavingsPlanType.EC2_INSTANCE, f));
        return out;
    }

    /** The month's On-Demand-equivalent spend a plan type could cover: Σ hours × 730 ÷ 168. */
    public BigDecimal monthlyOnDemand(SavingsPlanType type) {
        BigDecimal week = BigDecimal.ZERO;
        for (BigDecimal v : perHour(type, null)) week = week.add(v);
        return Optimization.monthOf(week);
    }

    private List<BigDecimal> perHour(SavingsPlanType type, String family) {
        BigDecimal[] out = new BigDecimal[HOURS];
        java.util.Arrays.fill(out, BigDecimal.ZERO);
        for (PlanUsage u : usages) {
            if (!u.eligibleFor(type) || (family != null && !family.equals(u.family()))) continue;
            for (int h = 0; h < HOURS; h++) out[h] = out[h].add(u.onDemandAt(h));
        }
        return List.of(out);
    }

    /** Blocks of the report in the order of the scenario, for callers that walk both. */
    List<BlockCost> blocks() { return report == null ? List.of() : report.blocks(); }

    static List<BigDecimal> zeros() {
        List<BigDecimal> z = new ArrayList<>(HOURS);
        for (int h = 0; h < HOURS; h++) z.add(BigDecimal.ZERO);
        return z;
    }
}
