package dev.costbench.workshop;

import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.fargate.FargateSize;
import dev.costbench.pricing.lambda.DurationTiers;
import dev.costbench.pricing.lambda.LambdaRules;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The same workload on Lambda, a Fargate ECS service and an EC2 Auto Scaling group, and the volume at which
 * Fargate (and EC2) becomes cheaper than Lambda. All three are compared On-Demand, the block alone (no free tier,
 * no provisioned concurrency).
 * <p>
 * Sizing rule (stated in {@link SizingRule}): the workload is requests a month × average duration at a memory size.
 * Concurrency = requests per second × duration in seconds, with requests per second = requests ÷ (730 × 3,600).
 * Each request in flight holds its memory and, as Lambda allots CPU, memory ÷ 1,769 MB of a vCPU. A task (or
 * instance) of V vCPU and G GB at target utilization u holds min(V × u ÷ vCPU per request, G × u ÷ GB per request)
 * requests at once; tasks = max(minimum, ceil(concurrency ÷ that)).
 */
public final class ReplatformWhatIf {
    /** Lambda gives a function one vCPU at 1,769 MB and CPU in proportion to memory. */
    public static final BigDecimal MB_PER_VCPU = BigDecimal.valueOf(1769);
    private static final BigDecimal SECONDS_PER_MONTH = dev.costbench.pricing.Money.HOURS_PER_MONTH.multiply(BigDecimal.valueOf(3600));
    private static final int MAX_STEPS = 1_000_000;
    private static final int CHART_POINTS = 60;

    private final PricingEngine engine;

    public ReplatformWhatIf(PricingEngine engine) { this.engine = engine; }

    /**
     * How tasks and instances are sized for a workload.
     *
     * @param taskSize          the Fargate task size
     * @param targetUtilization the share of a task's (instance's) vCPU and memory the workload may use, e.g. 0.7
     * @param minTasks          tasks (instances) that run however little traffic there is, e.g. 2 for two zones
     * @param instanceType      the EC2 instance type of the Auto Scaling group
     */
    public record SizingRule(FargateSize taskSize, BigDecimal targetUtilization, int minTasks, String instanceType) {
        public static final SizingRule DEFAULT = new SizingRule(new FargateSize(BigDecimal.ONE, BigDecimal.valueOf(2)),
                new BigDecimal("0.7"), 1, "m5.large");

        public SizingRule {
            if (targetUtilization == null || targetUtilization.signum() <= 0 || targetUtilization.compareTo(BigDecimal.ONE) > 0)
                throw new IllegalArgumentException("target utilization is above 0 and at most 1, not " + targetUtilization);
            if (minTasks < 1) throw new IllegalArgumentException("at least one task runs, not " + minTasks);
        }

        public String describe() {
            return "tasks of " + taskSize.label() + " (instances " + instanceType + ") at "
                    + targetUtilization.movePointRight(2).stripTrailingZeros().toPlainString() + "% of their vCPU and memory, "
                    + "at least " + minTasks + "; each request in flight holds its memory and, as Lambda allots CPU, its memory ÷ 1,769 MB of a vCPU";
        }
    }

    /** What the function does: requests a month, average duration, memory per request, architecture. */
    public record Workload(long requestsPerMonth, BigDecimal avgDurationMs, int memoryMb, Architecture architecture) {
        public static Workload of(LambdaFunction f) {
            return new Workload(f.requestsPerMonth(), f.avgDurationMs(), f.memoryMb(), f.architecture());
        }

        /** Average requests in flight: requests ÷ (730 × 3,600) × duration in seconds. */
        public BigDecimal concurrency() { return concurrencyAt(BigDecimal.valueOf(requestsPerMonth)); }

        BigDecimal concurrencyAt(BigDecimal requests) {
            return requests.multiply(avgDurationMs.movePointLeft(3)).divide(SECONDS_PER_MONTH, Optimization.CONTEXT);
        }
    }

    /** One platform for the workload: the block as it would be drawn, its engine cost, and its On-Demand month. */
    public record Platform(String platform, Block block, BlockCost cost, BigDecimal onDemandMonthly, String sizing) {}

    /** One point of the chart: the month's On-Demand cost on each platform at a volume. */
    public record VolumePoint(long requestsPerMonth, BigDecimal lambda, BigDecimal fargate, BigDecimal ec2) {}

    /**
     * Where the alternative becomes cheaper than Lambda. {@code firstCheaperAt}: the fewest requests a month at which it
     * costs less; {@code cheaperFrom}: the volume from which it stays cheaper however traffic grows (past a task step
     * the alternative can briefly cost more again); null when it never does. {@code unitsAt} is its task (instance)
     * count at {@code cheaperFrom}.
     */
    public record Crossover(String platform, Long firstCheaperAt, Long cheaperFrom, int unitsAt, String sentence) {}

    public record Result(Workload workload, SizingRule rule, List<Platform> platforms, Crossover fargate, Crossover ec2,
                         List<VolumePoint> chart) {}

    /** The block's workload on the three platforms. For a Fargate service or ASG pass the workload it serves. */
    public Result compare(Scenario scenario, Block block, Workload workload, SizingRule rule) {
        if (block instanceof LambdaFunction f && workload == null) workload = Workload.of(f);
        if (workload == null)
            throw new IllegalArgumentException(block.name() + ": a " + block.kind().displayName()
                    + " says nothing of requests and duration; give the workload it serves");
        if (!(block instanceof LambdaFunction || block instanceof EcsService || block instanceof AutoScalingGroup))
            throw new IllegalArgumentException(block.name() + ": only a Lambda function, ECS service or Auto Scaling group can be re-platformed");
        RateBook rates = new RateBook(engine.catalog(), scenario.region());
        Capacity task = Capacity.ofTask(rule, workload);
        InstanceType spec = engine.catalog().instanceType(rule.instanceType()).orElseThrow(() ->
                new IllegalArgumentException("instance type " + rule.instanceType() + " is not in the catalog"));
        Capacity instance = Capacity.of(BigDecimal.valueOf(spec.vcpu()), spec.memoryGib(), rule, workload);

        String id = block.id();
        LambdaFunction lambda = LambdaFunction.of(id + "-lambda", block.name() + " on Lambda", workload.memoryMb(),
                workload.requestsPerMonth(), workload.avgDurationMs()).withArchitecture(workload.architecture());
        int tasks = task.unitsFor(workload.concurrency(), rule.minTasks());
        EcsService fargate = EcsService.fargate(id + "-fargate", block.name() + " on Fargate", rule.taskSize().vcpu(),
                rule.taskSize().memoryGb(), tasks).withArchitecture(workload.architecture());
        int instances = instance.unitsFor(workload.concurrency(), rule.minTasks());
        AutoScalingGroup asg = AutoScalingGroup.of(id + "-asg", block.name() + " on EC2", rule.instanceType(), instances, instances, instances);

        List<Platform> platforms = List.of(
                platform("Lambda", lambda, scenario, workload.requestsPerMonth() + " requests × " + workload.avgDurationMs().stripTrailingZeros().toPlainString()
                        + " ms × " + workload.memoryMb() + " MB"),
                platform("Fargate", fargate, scenario, tasks + " tasks × " + rule.taskSize().label() + " for "
                        + workload.concurrency().setScale(2, RoundingMode.HALF_UP).toPlainString() + " requests in flight"),
                platform("EC2", asg, scenario, instances + " × " + rule.instanceType()));

        LambdaCurve curve = LambdaCurve.of(workload, rates);
        BigDecimal taskMonthly = unitMonthly(fargate.withTasks(1), scenario);
        BigDecimal instanceMonthly = unitMonthly(asg.withCounts(1, 1, 1), scenario);
        Crossover onFargate = crossover("Fargate", tasks == 0 ? null : taskMonthly, task, rule.minTasks(), workload, curve,
                n -> n + (n == 1 ? " task × " : " tasks × ") + rule.taskSize().label());
        Crossover onEc2 = crossover("EC2", instanceMonthly, instance, rule.minTasks(), workload, curve,
                n -> n + " × " + rule.instanceType());
        return new Result(workload, rule, platforms, onFargate, onEc2,
                chart(workload, curve, task, instance, taskMonthly, instanceMonthly, rule.minTasks(), onFargate));
    }

    private Platform platform(String name, Block b, Scenario scenario, String sizing) {
        BlockCost cost = engine.price(alone(scenario, b)).blocks().get(0);
        OptionCost od = cost.option(PurchaseOption.ON_DEMAND);
        return new Platform(name, b, cost, od.isPriced() ? od.monthlyEffective() : null, sizing);
    }

    private BigDecimal unitMonthly(Block one, Scenario scenario) {
        OptionCost od = engine.price(alone(scenario, one)).blocks().get(0).option(PurchaseOption.ON_DEMAND);
        return od.isPriced() ? od.monthlyEffective() : null;
    }

    private static Scenario alone(Scenario s, Block b) {
        return new Scenario(s.name(), s.region(), List.of(b), List.of(), PurchaseOption.ON_DEMAND, false);
    }

    /**
     * Walks the alternative's task steps. On step k (volumes where it runs k units) it costs k × unit a month while
     * Lambda rises, so it is cheaper from L⁻¹(k × unit) on that step; it stays cheaper once Lambda at the end of a
     * step is above the next step's cost and Lambda's last tier grows faster than a unit per step.
     */
    private static Crossover crossover(String platform, BigDecimal unitMonthly, Capacity capacity, int minUnits, Workload w,
                                       LambdaCurve lambda, java.util.function.IntFunction<String> units) {
        if (unitMonthly == null || capacity.perUnit().signum() == 0)
            return new Crossover(platform, null, null, 0, "The " + platform + " price is not in the catalog.");
        BigDecimal requestsPerUnit = capacity.perUnit().divide(w.concurrencyAt(BigDecimal.ONE), Optimization.CONTEXT);
        // long-run: Lambda's last-tier slope against the alternative's cost per request of one more unit
        boolean cheaperForever = lambda.lastSlope().multiply(requestsPerUnit).compareTo(unitMonthly) > 0;
        Long first = null, from = null, firstUntil = null;
        int fromUnits = 0, firstUnits = 0;
        BigDecimal lastKink = lambda.lastKink();
        for (int k = minUnits, step = 0; step < MAX_STEPS; k++, step++) {
            BigDecimal stepStart = k == minUnits ? BigDecimal.ZERO : requestsPerUnit.multiply(BigDecimal.valueOf(k - 1));
            BigDecimal stepEnd = requestsPerUnit.multiply(BigDecimal.valueOf(k));
            BigDecimal cost = unitMonthly.multiply(BigDecimal.valueOf(k));
            BigDecimal x = lambda.requestsCosting(cost);
            boolean cheaperOnStep = x.compareTo(stepEnd) < 0;
            // the first stretch where the alternative is cheaper ends where it steps up and Lambda is cheaper again
            if (first != null && firstUntil == null && (!cheaperOnStep || x.compareTo(stepStart) > 0))
                firstUntil = stepStart.setScale(0, RoundingMode.FLOOR).longValueExact();
            if (cheaperOnStep) {
                long at = x.max(stepStart).setScale(0, RoundingMode.FLOOR).longValueExact() + 1;
                if (first == null) {
                    first = at;
                    firstUnits = k;
                }
                if (from == null || x.compareTo(stepStart) > 0) {  // Lambda was cheaper just after the last step
                    from = at;
                    fromUnits = k;
                }
            } else {
                from = null;  // Lambda is cheaper again on this step
            }
            if (from != null && cheaperForever && stepEnd.compareTo(lastKink) > 0) break;
            if (!cheaperForever && stepEnd.compareTo(lastKink) > 0 && x.compareTo(stepEnd) >= 0) break;
        }
        if (!cheaperForever) from = null;
        String sentence;
        if (from != null) {
            sentence = "Above " + millions(from) + " requests a month, " + platform + " (" + units.apply(fromUnits) + ") costs less than Lambda";
            // an earlier stretch where it is cheaper too, up to a step where Lambda is cheaper again
            sentence += first < from && firstUntil != null ? "; it also does from " + millions(first) + " (" + units.apply(firstUnits)
                    + ") to " + millions(firstUntil) + ", where Lambda is cheaper again." : ".";
        } else if (first != null) sentence = "From " + millions(first) + " requests a month " + platform
                + " can cost less than Lambda, but Lambda is cheaper again at higher volumes.";
        else sentence = "Lambda costs less than " + platform + " (" + units.apply(minUnits) + " or more) at every volume.";
        return new Crossover(platform, first, from, fromUnits, sentence);
    }

    private static List<VolumePoint> chart(Workload w, LambdaCurve lambda, Capacity task, Capacity instance, BigDecimal taskMonthly,
                                           BigDecimal instanceMonthly, int min, Crossover fargate) {
        long top = Math.max(w.requestsPerMonth(), 1);
        if (fargate.cheaperFrom() != null) top = Math.max(top, fargate.cheaperFrom() * 2);
        List<VolumePoint> out = new ArrayList<>();
        for (int i = 0; i <= CHART_POINTS; i++) {
            long r = top / CHART_POINTS * i;
            out.add(point(r, w, lambda, task, instance, taskMonthly, instanceMonthly, min));
        }
        if (fargate.cheaperFrom() != null) {
            out.add(point(fargate.cheaperFrom(), w, lambda, task, instance, taskMonthly, instanceMonthly, min));
            out.sort(java.util.Comparator.comparingLong(VolumePoint::requestsPerMonth));
        }
        return out;
    }

    private static VolumePoint point(long r, Workload w, LambdaCurve lambda, Capacity task, Capacity instance, BigDecimal taskMonthly,
                                     BigDecimal instanceMonthly, int min) {
        BigDecimal c = w.concurrencyAt(BigDecimal.valueOf(r));
        return new VolumePoint(r, lambda.at(BigDecimal.valueOf(r)),
                taskMonthly == null ? null : taskMonthly.multiply(BigDecimal.valueOf(task.unitsFor(c, min))),
                instanceMonthly == null ? null : instanceMonthly.multiply(BigDecimal.valueOf(instance.unitsFor(c, min))));
    }

    private static String millions(long requests) {
        return BigDecimal.valueOf(requests).movePointLeft(6).setScale(1, RoundingMode.HALF_UP).toPlainString() + " M";
    }

    /** Requests in flight one task (instance) holds at the target utilization. */
    record Capacity(BigDecimal perUnit) {
        static Capacity ofTask(SizingRule rule, Workload w) {
            return of(rule.taskSize().vcpu(), rule.taskSize().memoryGb(), rule, w);
        }

        static Capacity of(BigDecimal vcpu, BigDecimal memoryGb, SizingRule rule, Workload w) {
            BigDecimal mb = BigDecimal.valueOf(w.memoryMb());
            BigDecimal byCpu = vcpu.multiply(rule.targetUtilization()).multiply(MB_PER_VCPU).divide(mb, Optimization.CONTEXT);
            BigDecimal byMemory = memoryGb.multiply(rule.targetUtilization()).multiply(BigDecimal.valueOf(1024)).divide(mb, Optimization.CONTEXT);
            return new Capacity(byCpu.min(byMemory));
        }

        int unitsFor(BigDecimal concurrency, int min) {
            if (perUnit.signum() == 0) return min;
            int n = concurrency.divide(perUnit, Optimization.CONTEXT).setScale(0, RoundingMode.CEILING).intValueExact();
            return Math.max(min, n);
        }
    }

    /**
     * Lambda's On-Demand month as a function of requests: requests × request rate + GB-seconds through the duration
     * tiers (+ ephemeral storage is not part of a re-platform), linear between the tier boundaries.
     */
    record LambdaCurve(BigDecimal requestRate, BigDecimal gbSecondsPerRequest, DurationTiers tiers, BigDecimal[] tierRates) {
        static LambdaCurve of(Workload w, RateBook rates) {
            ServiceDimension req = rates.service(ServiceRates.LAMBDA, ServiceRates.LAMBDA_REQUESTS);
            DurationTiers tiers = DurationTiers.of(w.architecture());
            BigDecimal[] r = new BigDecimal[3];
            for (int i = 0; i < 3; i++) {
                ServiceDimension d = rates.service(ServiceRates.LAMBDA, tiers.dimensions()[i]);
                if (d.rate() == null) throw new IllegalArgumentException("the catalog has no Lambda " + tiers.dimensions()[i]
                        + " rate in " + rates.region());
                r[i] = d.rate().usd();
            }
            if (req.rate() == null) throw new IllegalArgumentException("the catalog has no Lambda request rate in " + rates.region());
            // GB-seconds one request bills, by the pricer's own rule (its billed duration is at least 1 ms)
            BigDecimal gbs = LambdaRules.of(LambdaFunction.of("request", "request", w.memoryMb(), 1L, w.avgDurationMs()))
                    .gbSeconds().value();
            return new LambdaCurve(req.rate().usd(), gbs, tiers, r);
        }

        BigDecimal at(BigDecimal requests) {
            BigDecimal[] inTier = tiers.split(requests.multiply(gbSecondsPerRequest));
            BigDecimal cost = requests.multiply(requestRate);
            for (int i = 0; i < 3; i++) cost = cost.add(inTier[i].multiply(tierRates[i]));
            return cost;
        }

        BigDecimal slope(int tier) { return requestRate.add(gbSecondsPerRequest.multiply(tierRates[tier])); }

        BigDecimal lastSlope() { return slope(2); }

        /** Requests at which tier 3 starts. */
        BigDecimal lastKink() { return kink(tiers.firstTier().add(tiers.secondTier())); }

        private BigDecimal kink(BigDecimal gbSeconds) {
            return gbSecondsPerRequest.signum() == 0 ? BigDecimal.ZERO : gbSeconds.divide(gbSecondsPerRequest, Optimization.CONTEXT);
        }

        /** The volume at which Lambda's month reaches {@code cost}: the inverse of {@link #at}, segment by segment. */
        BigDecimal requestsCosting(BigDecimal cost) {
            BigDecimal k1 = kink(tiers.firstTier()), k2 = lastKink();
            BigDecimal c1 = at(k1), c2 = at(k2);
            if (cost.compareTo(c1) <= 0) return cost.divide(slope(0), Optimization.CONTEXT);
            if (cost.compareTo(c2) <= 0) return k1.add(cost.subtract(c1).divide(slope(1), Optimization.CONTEXT));
            return k2.add(cost.subtract(c2).divide(slope(2), Optimization.CONTEXT));
        }
    }
}
