package dev.costbench.export;

import dev.costbench.pricing.OptionMap;
import dev.costbench.bench.SyntheticDesign;
import dev.costbench.export.xlsx.WorkbookExporter;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.InstanceOverride;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.model.LoadProfile;
import dev.costbench.pricing.eks.EksNodeGroupPricer;
import dev.costbench.pricing.fargate.FargateSize;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.SteadyLoad;
import dev.costbench.workshop.LoadProfilePresets;
import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The workbook is the engine's model, not a copy of its figures: generated designs (every kind, every option) are
 * exported, every Assumptions input of every block whose lines carry their rules is changed at random in the
 * workbook and the same change is made to the design; the recalculated workbook (POI, and LibreOffice when it is
 * installed, all workbooks in one run) must give every purchase option of every block, and the scenario total,
 * to the cent as the engine prices the edited design. The random designs also get a private-pricing discount
 * (5–20 %, which the engine does not know: every figure × (1 − discount)), and every case checks the Cash flow
 * totals (first 12 and 36 months, CashFlow's rule over the edited design) and each live key size ("6 × m5.xlarge").
 * Their blocks carry a team tag ("web", "Web", "data" or none); two of them are retagged on By tag, whose group
 * totals must be the engine's grouping of the retagged design.
 */
class WorkbookFollowsEditsTest {
    private static final double CENT = 0.005;
    private static final int ASSUMPTION_NAME = 6, ASSUMPTION_VALUE = 4;
    /** Summary's Key size column; Cash flow's First 12 months and 36 months columns. */
    private static final int KEY_SIZE = 3, FIRST_12 = 7, MONTHS_36 = 8;
    /** A key size of the form the workbook writes as a live formula: a count, "×", a type. */
    private static final Pattern COUNT_TIMES = Pattern.compile("\\d+ × [^()]+");

    @TempDir Path dir;

    /** How a workbook input maps back to the design: the block's field set to the input's new value. */
    private interface Edit {
        Block apply(Block block, BigDecimal value);
    }

    /** A change a reviewer might make to one input of {@code block} as it stands: its new value in the workbook's terms. */
    private interface Pick {
        BigDecimal next(Random random, Block block);
    }

    private record Editor(Pick pick, Edit edit) {}

    private static Editor editor(Pick pick, Edit edit) { return new Editor(pick, edit); }

    private static Pick upTo(int bound) { return (r, b) -> BigDecimal.valueOf(r.nextInt(bound)); }

    private static Pick oneOf(String... values) { return (r, b) -> new BigDecimal(values[r.nextInt(values.length)]); }

    /** Every input a block's rules use, by kind and input name: a rule with an input not listed here fails the test. */
    private static final Map<String, Editor> EDITORS = Map.ofEntries(
            Map.entry("asg/desired", editor(upTo(31), (b, v) -> {
                AutoScalingGroup a = (AutoScalingGroup) b;
                int n = v.intValueExact();
                return a.withCounts(Math.min(a.min(), n), n, Math.max(a.max(), n));
            })),
            Map.entry("asg/onDemandBase", editor(upTo(8),
                    (b, v) -> ((AutoScalingGroup) b).withMixedPolicy(v.intValueExact(), ((AutoScalingGroup) b).onDemandPercentAboveBase()))),
            // a percentage is a fraction in the workbook (50% is 0.5) and a whole percent in the design
            Map.entry("asg/onDemandPercentAboveBase", editor((r, b) -> BigDecimal.valueOf(r.nextInt(101)).movePointLeft(2),
                    (b, v) -> ((AutoScalingGroup) b).withMixedPolicy(((AutoScalingGroup) b).onDemandBase(), v.movePointRight(2).intValueExact()))),
            Map.entry("asg/ebsGbPerInstance", editor((r, b) -> BigDecimal.valueOf(1 + r.nextInt(500)),
                    (b, v) -> ((AutoScalingGroup) b).withEbsGbPerInstance(v.intValueExact()))),
            Map.entry("load-balancer/newConnectionsPerSec", editor((r, b) -> BigDecimal.valueOf(r.nextInt(5000), 1),
                    (b, v) -> traffic((LoadBalancer) b, v, null, null, null))),
            Map.entry("load-balancer/activeConnectionsPerMin", editor(upTo(400_000),
                    (b, v) -> traffic((LoadBalancer) b, null, v, null, null))),
            Map.entry("load-balancer/processedGbPerHour", editor((r, b) -> BigDecimal.valueOf(r.nextInt(300), 1),
                    (b, v) -> traffic((LoadBalancer) b, null, null, v, null))),
            Map.entry("load-balancer/ruleEvaluationsPerSec", editor(upTo(20_000),
                    (b, v) -> traffic((LoadBalancer) b, null, null, null, v))),
            // App Runner sizes are pairs: vCPU stays, memory moves among the sizes with that vCPU
            Map.entry("app-runner/vcpu", editor((r, b) -> ((AppRunnerService) b).size().vcpu(), (b, v) -> b)),
            Map.entry("app-runner/memoryGb", editor((r, b) -> {
                        List<AppRunnerService.Size> same = sameVcpu((AppRunnerService) b);
                        return same.get(r.nextInt(same.size())).memoryGb();
                    }, (b, v) -> ((AppRunnerService) b).withSize(sameVcpu((AppRunnerService) b).stream()
                            .filter(z -> z.memoryGb().compareTo(v) == 0).findFirst().orElseThrow()))),
            Map.entry("app-runner/minInstances", editor((r, b) -> BigDecimal.valueOf(1 + r.nextInt(25)), (b, v) -> {
                AppRunnerService a = (AppRunnerService) b;
                return a.withInstances(v.intValueExact(), Math.max(a.maxInstances(), v.intValueExact()));
            })),
            Map.entry("app-runner/activeInstances", editor((r, b) -> BigDecimal.valueOf(r.nextInt(((AppRunnerService) b).maxInstances() * 10 + 1), 1),
                    (b, v) -> ((AppRunnerService) b).withActive(v, ((AppRunnerService) b).activePercent()))),
            Map.entry("app-runner/activePercent", editor((r, b) -> BigDecimal.valueOf(r.nextInt(101)).movePointLeft(2),
                    (b, v) -> ((AppRunnerService) b).withActive(((AppRunnerService) b).activeInstances(), v.movePointRight(2).intValueExact()))),
            Map.entry("ecr-repository/storedGb", editor((r, b) -> BigDecimal.valueOf(r.nextInt(1_000_000), 1),
                    (b, v) -> ((EcrRepository) b).withStoredGb(v))),
            // the repositories' pulls share the account's tiers, so a few of up to 30,000 GB cross the 10 and 50 TB tiers;
            // us-east-1's over-150 TB rate is not in the catalog, and an edit into that tier reads "missing" (see
            // UnreachedTierWorkbookTest), not a figure to compare to the cent, so together they stay under 150 TB
            Map.entry("ecr-repository/internetGbPerMonth", editor(upTo(30_000),
                    (b, v) -> ((EcrRepository) b).withTransfer(v, ((EcrRepository) b).crossRegionGbPerMonth()))),
            Map.entry("ecr-repository/crossRegionGbPerMonth", editor(upTo(50_000),
                    (b, v) -> ((EcrRepository) b).withTransfer(((EcrRepository) b).internetGbPerMonth(), v))),
            Map.entry("ec2-instances/desired", editor(upTo(31), (b, v) -> ((Ec2Instances) b).withCount(v.intValueExact()))),
            Map.entry("ec2-instances/ebsGbPerInstance", editor((r, b) -> BigDecimal.valueOf(1 + r.nextInt(500)),
                    (b, v) -> ((Ec2Instances) b).withEbsGbPerInstance(v.intValueExact()))),
            // a fixed fleet has no mixed-instances policy in the design: its base and share stay as exported
            Map.entry("ec2-instances/onDemandBase", editor((r, b) -> BigDecimal.ZERO, (b, v) -> b)),
            Map.entry("ec2-instances/onDemandPercentAboveBase", editor((r, b) -> BigDecimal.ONE, (b, v) -> b)),
            Map.entry("eks-node-group/desired", editor(upTo(40), (b, v) -> ((EksNodeGroup) b).withDesired(v.intValueExact()))),
            Map.entry("eks-node-group/ephemeralStorageGb", editor((r, b) -> BigDecimal.valueOf(20 + r.nextInt(156)),
                    (b, v) -> ((EksNodeGroup) b).withEphemeralStorageGb(v.intValueExact()))),
            Map.entry("eks-node-group/pods", editor(upTo(60), (b, v) -> ((EksNodeGroup) b).withPods(v.intValueExact()))),
            // a pod's Fargate size (its request plus 0.25 GB, rounded up): edited to another valid pair
            Map.entry("eks-node-group/podCpu", editor((r, b) -> pairWith(r, podSize((EksNodeGroup) b), true),
                    (b, v) -> pod((EksNodeGroup) b, v, podSize((EksNodeGroup) b).memoryGb()))),
            Map.entry("eks-node-group/podMemoryGb", editor((r, b) -> pairWith(r, podSize((EksNodeGroup) b), false),
                    (b, v) -> pod((EksNodeGroup) b, podSize((EksNodeGroup) b).vcpu(), v))),
            Map.entry("ecs-service/tasks", editor(upTo(40), (b, v) -> ((EcsService) b).withTasks(v.intValueExact()))),
            Map.entry("ecs-service/ephemeralStorageGb", editor((r, b) -> BigDecimal.valueOf(20 + r.nextInt(181)),
                    (b, v) -> ((EcsService) b).withEphemeralStorageGb(v.intValueExact()))),
            // on Fargate a task size is edited to another valid pair; on EC2 to one that fits any large instance
            Map.entry("ecs-service/cpu", editor((r, b) -> fargate(b) ? pairWith(r, taskSize((EcsService) b), true)
                    : oneOf("0.25", "0.5", "1", "2").next(r, b), (b, v) -> task((EcsService) b, v, null))),
            Map.entry("ecs-service/memoryGb", editor((r, b) -> fargate(b) ? pairWith(r, taskSize((EcsService) b), false)
                    : oneOf("0.5", "1", "2", "4").next(r, b), (b, v) -> task((EcsService) b, null, v))),
            Map.entry("batch-queue/ephemeralStorageGb", editor((r, b) -> BigDecimal.valueOf(20 + r.nextInt(181)),
                    (b, v) -> ((BatchQueue) b).withEphemeralStorageGb(v.intValueExact()))),
            Map.entry("batch-queue/jobsPerMonth", editor(upTo(20_000), (b, v) -> ((BatchQueue) b).withJobsPerMonth(v.longValueExact()))),
            Map.entry("batch-queue/avgJobMinutes", editor((r, b) -> BigDecimal.valueOf(1 + r.nextInt(1200), 1),
                    (b, v) -> job((BatchQueue) b, null, null, v))),
            Map.entry("batch-queue/vcpuPerJob", editor((r, b) -> fargate(b) ? pairWith(r, jobSize((BatchQueue) b), true)
                    : oneOf("0.25", "0.5", "1", "2").next(r, b), (b, v) -> job((BatchQueue) b, v, null, null))),
            Map.entry("batch-queue/memoryGbPerJob", editor((r, b) -> fargate(b) ? pairWith(r, jobSize((BatchQueue) b), false)
                    : oneOf("0.5", "1", "2", "4").next(r, b), (b, v) -> job((BatchQueue) b, null, v, null))),
            // requests up to 20 billion, so that usage edited in the workbook crosses every duration tier
            Map.entry("lambda/requestsPerMonth", editor((r, b) -> BigDecimal.valueOf(r.nextInt(4) == 0 ? r.nextLong(20_000_000_000L)
                    : r.nextInt(50_000_000)), (b, v) -> ((LambdaFunction) b).withRequestsPerMonth(v.longValueExact()))),
            Map.entry("lambda/avgDurationMs", editor((r, b) -> BigDecimal.valueOf(1 + r.nextInt(30_000), 1),
                    (b, v) -> lambda((LambdaFunction) b, null, v))),
            Map.entry("lambda/memoryMb", editor((r, b) -> BigDecimal.valueOf(128 + r.nextInt(10_113)),
                    (b, v) -> lambda((LambdaFunction) b, v.intValueExact(), null))),
            Map.entry("lambda/ephemeralStorageMb", editor((r, b) -> BigDecimal.valueOf(512 + r.nextInt(9_729)),
                    (b, v) -> ((LambdaFunction) b).withEphemeralStorageMb(v.intValueExact()))),
            Map.entry("lambda/provisionedConcurrency", editor((r, b) -> BigDecimal.valueOf(1 + r.nextInt(50)),
                    (b, v) -> ((LambdaFunction) b).withProvisioned(v.intValueExact(), ((LambdaFunction) b).provisionedHoursPerMonth()))),
            Map.entry("lambda/provisionedHoursPerMonth", editor((r, b) -> BigDecimal.valueOf(r.nextInt(7301), 1),
                    (b, v) -> ((LambdaFunction) b).withProvisioned(((LambdaFunction) b).provisionedConcurrency(), v))));

    /** An input named by position: a capacity provider's base or weight, or a load profile's level. */
    private static final Pattern PROVIDER = Pattern.compile("capacityProviders_(\\d+)_(base|weight)"),
            LEVEL = Pattern.compile("loadProfile_(\\d+)"), OVERRIDE = Pattern.compile("overrides_(\\d+)_weight");

    /** The editor of {@code kind/input}, or null when the test does not know the input. */
    private static Editor editorOf(String kind, String input, Block original) {
        Editor e = EDITORS.get(kind + "/" + input);
        if (e != null) return e;
        Matcher m = PROVIDER.matcher(input);
        if (m.matches() && original instanceof EcsService) {
            int i = Integer.parseInt(m.group(1));
            boolean base = m.group(2).equals("base");
            return editor(upTo(6), (b, v) -> provider((EcsService) b, i, base, v.intValueExact()));
        }
        m = OVERRIDE.matcher(input);
        if (m.matches() && original instanceof AutoScalingGroup) {
            int i = Integer.parseInt(m.group(1));
            return editor((r, b) -> BigDecimal.valueOf(1 + r.nextInt(8)), (b, v) -> weight((AutoScalingGroup) b, i, v.intValueExact()));
        }
        m = LEVEL.matcher(input);
        if (m.matches()) {
            int level = Integer.parseInt(m.group(1)) - 1;
            return editor(upTo(25), (b, v) -> level(b, original, level, v.intValueExact()));
        }
        return null;
    }

    private static List<AppRunnerService.Size> sameVcpu(AppRunnerService a) {
        return java.util.Arrays.stream(AppRunnerService.Size.values()).filter(z -> z.vcpu().compareTo(a.size().vcpu()) == 0).toList();
    }

    private static boolean fargate(Block b) {
        return b instanceof EcsService s ? s.launchType() == EcsService.LaunchType.FARGATE : ((BatchQueue) b).compute().isFargate();
    }

    private static FargateSize podSize(EksNodeGroup g) {
        return FargateSize.smallestHolding(g.podCpu(), g.podMemoryGb().add(EksNodeGroupPricer.POD_OVERHEAD_GB));
    }

    private static FargateSize taskSize(EcsService s) { return FargateSize.smallestHolding(s.cpu(), s.memoryGb()); }

    private static FargateSize jobSize(BatchQueue q) { return FargateSize.smallestHolding(q.vcpuPerJob(), q.memoryGbPerJob()); }

    /** A vCPU (or memory) figure that makes a valid Fargate pair with {@code size}'s memory (or vCPU). */
    private static BigDecimal pairWith(Random r, FargateSize size, boolean vcpu) {
        List<BigDecimal> fits = new ArrayList<>();
        for (FargateSize s : FargateSize.ALL)
            if (vcpu ? s.memoryGb().compareTo(size.memoryGb()) == 0 : s.vcpu().compareTo(size.vcpu()) == 0)
                fits.add(vcpu ? s.vcpu() : s.memoryGb());
        return fits.get(r.nextInt(fits.size()));
    }

    /** The pod whose Fargate size is {@code cpu} / {@code gb}: its request is the size less Fargate's 0.25 GB. */
    private static EksNodeGroup pod(EksNodeGroup g, BigDecimal cpu, BigDecimal gb) {
        return g.withFargatePods(g.pods(), cpu, gb.subtract(EksNodeGroupPricer.POD_OVERHEAD_GB)).withDesired(g.desired());
    }

    private static EcsService task(EcsService s, BigDecimal cpu, BigDecimal gb) {
        return new EcsService(s.id(), s.name(), s.x(), s.y(), s.purchaseOption(), s.launchType(), cpu != null ? cpu : s.cpu(),
                gb != null ? gb : s.memoryGb(), s.tasks(), s.architecture(), s.capacityProviders(), s.instanceType(),
                s.gravitonType(), s.loadProfile(), s.extensions());
    }

    private static EcsService provider(EcsService s, int i, boolean base, int value) {
        List<CapacityProviderShare> cp = new ArrayList<>(s.capacityProviders());
        CapacityProviderShare p = cp.get(i);
        cp.set(i, new CapacityProviderShare(p.provider(), base ? value : p.base(), base ? p.weight() : value));
        return s.withCapacityProviders(cp);
    }

    private static AutoScalingGroup weight(AutoScalingGroup a, int i, int weight) {
        List<InstanceOverride> types = new ArrayList<>(a.overrides());
        types.set(i, types.get(i).withWeight(weight));
        return a.withOverrides(types);
    }

    private static BatchQueue job(BatchQueue q, BigDecimal vcpu, BigDecimal gb, BigDecimal minutes) {
        return new BatchQueue(q.id(), q.name(), q.x(), q.y(), q.purchaseOption(), q.compute(), q.instanceType(), q.jobsPerMonth(),
                vcpu != null ? vcpu : q.vcpuPerJob(), gb != null ? gb : q.memoryGbPerJob(),
                minutes != null ? minutes : q.avgJobMinutes(), q.architecture(), q.gravitonType(), q.loadProfile(), q.extensions());
    }

    private static EksNodeGroup cluster(EksNodeGroup g, String cluster) {
        return new EksNodeGroup(g.id(), g.name(), g.x(), g.y(), g.purchaseOption(), cluster, g.mode(), g.instanceType(), g.desired(),
                g.capacityType(), g.pods(), g.podCpu(), g.podMemoryGb(), g.architecture(), g.clusterSupport(), g.gravitonType(),
                g.loadProfile(), g.extensions());
    }

    /**
     * {@code block} with every hour of the week that ran load level {@code level} in {@code original} (its distinct
     * counts, lowest first) running {@code count}: what editing that level's count in the workbook means.
     */
    private static Block level(Block block, Block original, int level, int count) {
        LoadProfile before = SteadyLoad.profile(original), now = SteadyLoad.profile(block);
        LoadHours levels = LoadHours.of(before, 0);
        int was = levels.levelCount(level);
        List<Double> hours = new ArrayList<>(now.hours());
        for (int h = 0; h < hours.size(); h++)
            if (LoadHours.wholeCount(before.hours().get(h)) == was) hours.set(h, (double) count);
        LoadProfile edited = new LoadProfile(now.preset(), hours);
        return switch (block) {
            case AutoScalingGroup a -> a.withLoadProfile(edited);
            case EcsService s -> s.withLoadProfile(edited);
            case EksNodeGroup g -> g.withLoadProfile(edited);
            case BatchQueue q -> q.withLoadProfile(edited);
            default -> throw new IllegalArgumentException(block.kind() + " has no load profile");
        };
    }

    /** Some blocks of a generated design on a weekly profile, so that load levels are edited too. */
    private static Scenario withProfiles(Scenario design, Random random) {
        List<Block> out = new ArrayList<>();
        for (Block b : design.blocks()) {
            int peak = 3 + random.nextInt(12), floor = random.nextInt(3);
            LoadProfile p = random.nextBoolean() ? LoadProfilePresets.businessHours(peak, floor) : LoadProfilePresets.dailyPeak(peak, floor);
            boolean profiled = random.nextInt(3) == 0;
            out.add(!profiled ? b : switch (b) {
                case AutoScalingGroup a -> a.withLoadProfile(p);
                case EcsService s -> s.withLoadProfile(p);
                case EksNodeGroup g -> g.withLoadProfile(p);
                case BatchQueue q -> q.withLoadProfile(p);
                default -> b;
            });
        }
        return design.withBlocks(out);
    }

    private static LambdaFunction lambda(LambdaFunction f, Integer memoryMb, BigDecimal durationMs) {
        return new LambdaFunction(f.id(), f.name(), f.x(), f.y(), f.purchaseOption(), memoryMb != null ? memoryMb : f.memoryMb(),
                f.architecture(), f.requestsPerMonth(), durationMs != null ? durationMs : f.avgDurationMs(),
                f.ephemeralStorageMb(), f.provisionedConcurrency(), f.provisionedHoursPerMonth(), f.loadProfile(), f.extensions());
    }

    private static LoadBalancer traffic(LoadBalancer lb, BigDecimal newConn, BigDecimal active, BigDecimal gb, BigDecimal rules) {
        return new LoadBalancer(lb.id(), lb.name(), lb.x(), lb.y(), lb.purchaseOption(), lb.type(),
                newConn != null ? newConn : lb.newConnectionsPerSec(), active != null ? active : lb.activeConnectionsPerMin(),
                gb != null ? gb : lb.processedGbPerHour(), rules != null ? rules : lb.ruleEvaluationsPerSec(), lb.extensions());
    }

    /** One exported design, its edited workbook and the engine's report of the same edits. */
    private record Case(String name, Path workbook, ExportRequest edited, List<String> changed, BigDecimal discount,
                        Map<Integer, Boolean> liveKeySizes) {}

    @Test
    void everyEditedInputMovesTheWorkbookAsItMovesTheEngine() throws Exception {
        List<Case> cases = new ArrayList<>();
        for (long seed = 1; seed <= 6; seed++) {
            Scenario design = tagged(withProfiles(SyntheticDesign.generate(10, seed), new Random(seed)), new Random(seed));
            cases.add(edited("design-" + seed, design, new Random(seed), Map.of(), Map.of()));
        }
        cases.add(edited("asg-on-demand-100-to-50", mixedGroup(), new Random(0),
                Map.of("s1_web_onDemandPercentAboveBase", new BigDecimal("0.5")), Map.of()));
        // 1 GB × 1 s a request: 1M requests are 1M GB-s, in the first tier; 7 billion cross into the second
        // 10 units, base 2, 50 %: 6 On-Demand units on m5.xlarge (weight 2 → 3 instances), 4 Spot units 2 + 2;
        // weight 4 → ceil(6 / 4) = 2 On-Demand and ceil(2 / 4) = 1 Spot m5.xlarge, the m5.large part unchanged
        cases.add(edited("asg-override-weight-2-to-4", weightedGroup(), new Random(0),
                Map.of("s1_web_overrides_0_weight", BigDecimal.valueOf(4)), Map.of()));
        cases.add(edited("asg-overrides-every-input", weightedGroup(), new Random(3), Map.of(), Map.of()));
        // (x86 6B), 20 billion into the third (15B); arm64's twin crosses at 7.5B and 18.75B
        for (long requests : new long[]{7_000_000_000L, 16_000_000_000L, 20_000_000_000L})
            cases.add(edited("lambda-to-" + requests, functions(false), new Random(0),
                    Map.of("s1_big_requestsPerMonth", BigDecimal.valueOf(requests)), Map.of()));
        // the free tier turned on in the workbook is handed out in file order again
        cases.add(edited("free-tier-on", functions(false), new Random(0), Map.of("s1_LambdaFreeTier", BigDecimal.ONE), Map.of()));
        cases.add(edited("free-tier-off", functions(true), new Random(0), Map.of("s1_LambdaFreeTier", BigDecimal.ZERO,
                "s1_small_requestsPerMonth", BigDecimal.valueOf(300_000)), Map.of()));
        // 10 tasks, FARGATE base 1 weight 1, FARGATE_SPOT weight 0: all on FARGATE; weight 3 puts 9 × 3/4 → 7 on Spot
        cases.add(edited("fargate-spot-weight-0-to-3", spotStrategy(), new Random(0),
                Map.of("s1_api_capacityProviders_1_weight", BigDecimal.valueOf(3)), Map.of()));
        // a FARGATE_SPOT base of 2 at weight 0: 1 on FARGATE's base, 2 on Spot's, the 7 left by weight to FARGATE
        cases.add(edited("fargate-spot-base-0-to-2", spotStrategy(), new Random(0),
                Map.of("s1_api_capacityProviders_1_base", BigDecimal.valueOf(2)), Map.of()));
        // 10 tasks with 50 GB of ephemeral storage pay for 10 × 30 GB, at 120 GB for 10 × 100 GB; 100 job-hours with
        // 60 GB pay for 4,000 GB-hours, at 200 GB for 18,000
        cases.add(edited("fargate-ephemeral-50-to-120", ephemeralStorage(), new Random(0),
                Map.of("s1_api_ephemeralStorageGb", BigDecimal.valueOf(120), "s1_jobs_ephemeralStorageGb", BigDecimal.valueOf(200),
                        "s1_pods_ephemeralStorageGb", BigDecimal.valueOf(175)), Map.of()));
        // node groups a, b on prod and c on dev: a moved to dev pays dev's fee (first in file order), b prod's, c none
        cases.add(edited("eks-node-group-moves-cluster", clusters(), new Random(0), Map.of(), Map.of("s1_a_cluster", "dev")));
        // c moved to prod gives up dev's fee and pays nothing: a already pays prod's
        cases.add(edited("eks-node-group-joins-cluster", clusters(), new Random(0), Map.of(), Map.of("s1_c_cluster", "prod")));
        for (Case c : cases) {
            try (WorkbookReader wb = new WorkbookReader(c.workbook())) {
                wb.evaluateAll();
                assertFollows(wb, c, "POI");
            }
        }
        if (LibreOffice.installed()) {
            List<Path> recalculated = LibreOffice.recalculateAll(cases.stream().map(Case::workbook).toList(), dir.resolve("lo"));
            for (int i = 0; i < cases.size(); i++)
                try (WorkbookReader wb = new WorkbookReader(recalculated.get(i))) {
                    assertFollows(wb, cases.get(i), "LibreOffice");
                }
        }
    }

    /** The tag key of the random designs and its values: two differ only in case, which tags keep apart. */
    private static final String TEAM = "team";
    private static final List<String> TEAMS = List.of("web", "Web", "data");

    /** Each block tagged with one of {@link #TEAMS}, or left without the key (one in four). */
    private static Scenario tagged(Scenario design, Random random) {
        Scenario out = design;
        for (Block b : design.blocks()) {
            int pick = random.nextInt(TEAMS.size() + 1);
            if (pick < TEAMS.size()) out = out.withBlock(b.withTags(b.tags().with(TEAM, TEAMS.get(pick))));
        }
        return out;
    }

    /** A group of 4 all On-Demand (100 % above a base of 0) with gp3 volumes: lowering the % puts instances on Spot. */
    private static Scenario mixedGroup() {
        Block web = AutoScalingGroup.of("web", "Web tier", "m5.xlarge", 2, 4, 8).withMixedPolicy(0, 100).withEbsGbPerInstance(50);
        return new Scenario("Mixed", Scenario.DEFAULT_REGION, List.of(web), List.of(), Scenario.DEFAULT_OPTION, false);
    }

    /** 10 capacity units over m5.xlarge (weight 2) and m5.large (weight 1), base 2, 50 % On-Demand above it, gp3 volumes. */
    private static Scenario weightedGroup() {
        Block web = AutoScalingGroup.of("web", "Web tier", "m5.xlarge", 4, 10, 20).withMixedPolicy(2, 50).withEbsGbPerInstance(50)
                .withOverrides(List.of(new InstanceOverride("m5.xlarge", 2), new InstanceOverride("m5.large", 1)));
        return new Scenario("Weighted", Scenario.DEFAULT_REGION, List.of(web), List.of(), Scenario.DEFAULT_OPTION, false);
    }

    /** Two functions sharing the free tier: a small one first, then one of 1 GB running 1 s a request. */
    private static Scenario functions(boolean freeTier) {
        Block small = LambdaFunction.of("small", "Small", 512, 800_000L, new BigDecimal("400"));
        Block big = LambdaFunction.of("big", "Big", 1024, 1_000_000L, new BigDecimal("1000"));
        return new Scenario("Functions", Scenario.DEFAULT_REGION, List.of(small, big), List.of(), Scenario.DEFAULT_OPTION, freeTier);
    }

    /** 10 Fargate tasks of 1 vCPU / 2 GB, FARGATE base 1 weight 1 and FARGATE_SPOT base 0 weight 0. */
    private static Scenario spotStrategy() {
        Block api = EcsService.fargate("api", "API", BigDecimal.ONE, new BigDecimal("2"), 10).withCapacityProviders(List.of(
                new CapacityProviderShare(CapacityProviderShare.FARGATE, 1, 1),
                new CapacityProviderShare(CapacityProviderShare.FARGATE_SPOT, 0, 0)));
        return new Scenario("Strategy", Scenario.DEFAULT_REGION, List.of(api), List.of(), Scenario.DEFAULT_OPTION, false);
    }

    /** 10 Fargate tasks of 1 vCPU / 2 GB with 50 GB of ephemeral storage each, 30 GB above the included 20. */
    private static Scenario ephemeralStorage() {
        Block api = EcsService.fargate("api", "API", BigDecimal.ONE, new BigDecimal("2"), 10).withEphemeralStorageGb(50);
        Block jobs = new BatchQueue("jobs", "Jobs", 0, 0, null, BatchQueue.Compute.FARGATE, null, 600, BigDecimal.ONE,
                new BigDecimal("2"), BigDecimal.TEN, null, null, null).withEphemeralStorageGb(60);
        Block pods = EksNodeGroup.managed("pods", "Pods", "prod", null, 0).withFargatePods(20, new BigDecimal("0.5"), BigDecimal.ONE)
                .withEphemeralStorageGb(70);
        return new Scenario("Storage", Scenario.DEFAULT_REGION, List.of(api, jobs, pods), List.of(), Scenario.DEFAULT_OPTION, false);
    }

    /** Node groups a and b on cluster prod, c on dev (a Fargate profile), each first one paying its cluster's fee. */
    private static Scenario clusters() {
        Block a = EksNodeGroup.managed("a", "A", "prod", "m5.large", 2);
        Block b = EksNodeGroup.managed("b", "B", "prod", "m5.xlarge", 3);
        Block c = EksNodeGroup.managed("c", "C", "dev", null, 0).withFargatePods(4, new BigDecimal("0.5"), BigDecimal.ONE);
        return new Scenario("Clusters", Scenario.DEFAULT_REGION, List.of(a, b, c), List.of(), Scenario.DEFAULT_OPTION, false);
    }

    /**
     * Exports {@code design}, changes every input of every block (or only {@code fixed}, name → value, and
     * {@code texts}, name → text, when given) on Assumptions and in the design alike, and prices the edited design.
     * Without fixed edits, node groups also move to a random cluster now and then.
     */
    private Case edited(String name, Scenario design, Random random, Map<String, BigDecimal> fixed, Map<String, String> texts)
            throws Exception {
        ExportRequest exported = new ExportRequest(name, Designs.CATALOG, List.of(new PricedScenario(design, Designs.ENGINE.price(design))));
        Path file = dir.resolve(name + ".xlsx");
        WorkbookExporter.write(exported, file);
        List<String> changed = new ArrayList<>();
        boolean everything = fixed.isEmpty() && texts.isEmpty();
        Scenario after = design;
        BigDecimal discount = BigDecimal.ZERO;
        Map<Integer, Boolean> liveKeySizes = new LinkedHashMap<>();
        try (WorkbookReader wb = new WorkbookReader(file)) {
            // its own Random, so the inputs' picks stay what they were before the discount was edited too
            if (everything) {
                discount = new BigDecimal("0.05").multiply(BigDecimal.valueOf(1 + new Random(name.hashCode()).nextInt(4)));
                wb.cell("Assumptions", wb.rowOf("Assumptions", ASSUMPTION_NAME, "s1_Discount"), ASSUMPTION_VALUE)
                        .setCellValue(discount.doubleValue());
                changed.add("s1_Discount=" + discount.toPlainString());
            }
            for (int r = 5; r < 5 + exported.scenarios().getFirst().report().blocks().size(); r++)
                liveKeySizes.put(r, wb.cell("Summary", r, KEY_SIZE).getCellType() == CellType.FORMULA);
            BigDecimal freeTier = fixed.get("s1_LambdaFreeTier");
            if (freeTier != null) {
                setText(wb, "s1_LambdaFreeTier", freeTier.signum() > 0 ? "yes" : "no");
                after = after.withLambdaFreeTier(freeTier.signum() > 0);
                changed.add("s1_LambdaFreeTier=" + (freeTier.signum() > 0 ? "yes" : "no"));
            }
            for (BlockCost cost : exported.scenarios().getFirst().report().blocks()) {
                assertTrue(ruled(cost) || !cost.options().get(PurchaseOption.ON_DEMAND).isPriced(),
                        name + ": " + cost.blockId() + " has a line without its rule");
                Block original = after.block(cost.blockId()).orElseThrow(), block = original;
                for (Map.Entry<String, Cell> input : inputs(wb, "s1_" + cost.blockId() + "_").entrySet()) {
                    Editor editor = editorOf(block.kind().fileName(), input.getKey(), original);
                    if (editor == null) fail("the workbook has an input the test cannot change in the design: "
                            + block.kind().fileName() + "/" + input.getKey());
                    String cellName = "s1_" + cost.blockId() + "_" + input.getKey();
                    BigDecimal value = everything ? editor.pick().next(random, block) : fixed.get(cellName);
                    if (value == null) continue;
                    input.getValue().setCellValue(value.doubleValue());
                    block = editor.edit().apply(block, value);
                    changed.add(cellName + "=" + value.toPlainString());
                }
                String clusterCell = "s1_" + cost.blockId() + "_cluster";
                String cluster = texts.get(clusterCell);
                if (cluster == null && everything && block instanceof EksNodeGroup && random.nextBoolean())
                    cluster = "eks-" + (1 + random.nextInt(3));
                if (cluster != null) {
                    setText(wb, clusterCell, cluster);
                    block = cluster((EksNodeGroup) block, cluster);
                    changed.add(clusterCell + "=" + cluster);
                }
                after = after.withBlock(block);
            }
            // a reviewer retypes two blocks' team on By tag: the totals regroup as the engine groups the retagged design
            if (everything && !TagTotals.keys(List.of(design)).isEmpty())
                for (int i = 0; i < 2; i++) {
                    Block b = after.blocks().get(random.nextInt(after.blocks().size()));
                    String team = TEAMS.get(random.nextInt(TEAMS.size()));
                    Cell cell = wb.cell("By tag", byTagRow(wb, b.id()), BY_TAG_FIRST_KEY);
                    Row row = cell.getRow();
                    row.removeCell(cell);
                    row.createCell(BY_TAG_FIRST_KEY).setCellValue(team);
                    after = after.withBlock(b.withTags(b.tags().with(TEAM, team)));
                    changed.add("By tag " + b.id() + "=" + team);
                }
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                wb.wb.write(out);
            }
        }
        assertFalse(changed.isEmpty(), name + ": no input was changed");
        assertTrue(everything || changed.size() == fixed.size() + texts.size() + (discount.signum() > 0 ? 1 : 0),
                name + ": only " + changed + " of " + fixed.keySet() + " " + texts.keySet() + " exist");
        ExportRequest edited = new ExportRequest(name, Designs.CATALOG, List.of(new PricedScenario(after, Designs.ENGINE.price(after))));
        return new Case(name, file, edited, changed, discount, liveKeySizes);
    }

    /** By tag's columns: a group's value, its chosen total and its first option; a block row's first tag key. */
    private static final int BY_TAG_VALUE = 2, BY_TAG_CHOSEN = 4, BY_TAG_FIRST_OPTION = 5, BY_TAG_FIRST_KEY = 3;

    /** The By tag row of block {@code id} in the table of blocks below the groups (first scenario). */
    private static int byTagRow(WorkbookReader wb, String id) {
        boolean blocks = false;
        for (int r = 5; r < 5_000; r++) {
            String first = wb.text("By tag", r, 0), second = wb.text("By tag", r, 1);
            if ("Block id".equals(second)) blocks = true;
            else if (blocks && id.equals(second)) return r;
            else if (blocks && (first == null || first.isEmpty())) break;
        }
        throw new AssertionError("By tag has no row for block " + id);
    }

    /** A text input, in a fresh cell (POI keeps an inline string's old text after setCellValue). */
    private static void setText(WorkbookReader wb, String name, String value) {
        Cell cell = wb.cell("Assumptions", wb.rowOf("Assumptions", ASSUMPTION_NAME, name), ASSUMPTION_VALUE);
        Row row = cell.getRow();
        row.removeCell(cell);
        row.createCell(ASSUMPTION_VALUE).setCellValue(value);
    }

    /** Whether every line of every priced option of the block, and of its twin, carries its rule. */
    private static boolean ruled(BlockCost cost) {
        List<OptionMap<OptionCost>> variants = new ArrayList<>(List.of(cost.options()));
        if (cost.graviton() != null && cost.graviton().available()) variants.add(cost.graviton().options());
        boolean any = false;
        for (OptionMap<OptionCost> options : variants)
            for (OptionCost oc : options.values())
                for (CostLine l : oc.lines()) {
                    if (!l.hasRule()) return false;
                    any = true;
                }
        return any;
    }

    /** The block's input cells on Assumptions (plain numbers, not formulas), by field. */
    private static Map<String, Cell> inputs(WorkbookReader wb, String prefix) {
        Map<String, Cell> out = new LinkedHashMap<>();
        for (Row r : wb.wb.getSheet("Assumptions")) {
            Cell name = r.getCell(ASSUMPTION_NAME), value = r.getCell(ASSUMPTION_VALUE);
            if (name == null || value == null || name.getCellType() != CellType.STRING) continue;
            String n = name.getStringCellValue();
            if (n.startsWith(prefix) && value.getCellType() == CellType.NUMERIC) out.put(n.substring(prefix.length()), value);
        }
        return out;
    }

    /** Every priced option of every block (and twin) and the scenario's total, as the engine prices the edited design. */
    private static void assertFollows(WorkbookReader wb, Case c, String by) {
        CostReport report = c.edited().scenarios().getFirst().report();
        String what = by + ", " + c.name() + " after " + c.changed();
        // the discount applies to every line, so to every figure built on them
        double kept = 1 - c.discount().doubleValue();
        int row = EngineFigures.FIRST_OPTION_ROW;
        for (OptionMap<OptionCost> options : EngineFigures.optionRows(report.blocks())) {
            for (PurchaseOption o : PurchaseOption.ALL) {
                OptionCost oc = options.get(o);
                String where = what + ": row " + row + " / " + o.key();
                assertEquals(o.key(), wb.text("Purchase options", EngineFigures.OPTION_KEY_ROW, EngineFigures.optionCol(EngineFigures.EFFECTIVE, o)), where);
                if (oc.isPriced()) {
                    assertEquals(oc.upfront().doubleValue() * kept,
                            wb.number("Purchase options", row, EngineFigures.optionCol(EngineFigures.UPFRONT, o)), CENT, where + " upfront");
                    assertEquals(oc.monthlyEffective().doubleValue() * kept,
                            wb.number("Purchase options", row, EngineFigures.optionCol(EngineFigures.EFFECTIVE, o)), CENT, where + " monthly");
                }
            }
            row++;
        }
        int total = EngineFigures.totalRow(c.edited(), 0);
        if (report.chosenMonthly() != null)
            assertEquals(report.chosenMonthly().doubleValue() * kept, wb.number("Summary", total, 6), CENT,
                    what + ": scenario total");
        // Cash flow: upfront in the month a term starts (and at each renewal), recurring every month
        CashFlow.Total flow = CashFlow.chosen(report);
        // under LibreOffice too: design-2 has a one-line block bought On-Demand whose upfront reads an empty Line
        // items cell, which LibreOffice (not Excel, not POI) carries through as an empty result that ISNUMBER calls
        // not a number; the sheet's old ISNUMBER(upfront) test then put 0 in its every month (249,874.97 for the first
        // 12 months against 263,647.46)
        if (flow.complete()) {
            assertEquals(flow.first12().doubleValue() * kept, wb.number("Cash flow", total, FIRST_12), CENT, what + ": first 12 months");
            assertEquals(flow.total().doubleValue() * kept, wb.number("Cash flow", total, MONTHS_36), CENT, what + ": 36 months");
        }
        // By tag: each group row's chosen and On-Demand totals are the engine's grouping of the edited, retagged design
        if (!TagTotals.keys(List.of(c.edited().scenarios().getFirst().scenario())).isEmpty()) {
            TagTotals tags = TagTotals.of(c.edited().scenarios().getFirst(), TEAM);
            int groups = 0;
            for (int r = 5; TEAM.equals(wb.text("By tag", r, 1)); r++) {
                String label = wb.text("By tag", r, BY_TAG_VALUE);
                TagTotals.Group g = tags.groups().stream().filter(x -> x.label().equals(label)).findFirst().orElse(null);
                String where = what + ": By tag " + label;
                groups++;
                if (g == null) {
                    assertEquals(0, wb.number("By tag", r, BY_TAG_CHOSEN), CENT, where + " (no block left)");
                    continue;
                }
                if (g.totals().chosen().complete())
                    assertEquals(g.totals().chosen().monthlyEffective().doubleValue() * kept, wb.number("By tag", r, BY_TAG_CHOSEN),
                            CENT, where + " chosen");
                var onDemand = g.totals().options().get(PurchaseOption.ON_DEMAND);
                if (onDemand.complete())
                    assertEquals(onDemand.monthlyEffective().doubleValue() * kept,
                            wb.number("By tag", r, BY_TAG_FIRST_OPTION + PurchaseOption.ON_DEMAND.index()), CENT, where + " On-Demand");
            }
            assertTrue(groups >= 2, what + ": By tag has its groups");
        }
        // a live key size reads the edited count; the engine may add a part the formula does not carry ("(2 on Spot)")
        for (int b = 0; b < report.blocks().size(); b++) {
            if (!c.liveKeySizes().get(5 + b)) continue;
            String engine = report.blocks().get(b).keySize(), shown = wb.text("Summary", 5 + b, KEY_SIZE);
            String where = what + ": key size of " + report.blocks().get(b).name();
            if (COUNT_TIMES.matcher(engine).matches()) assertEquals(engine, shown, where);
            else assertTrue(engine.startsWith(shown.substring(0, shown.indexOf(' '))), where + ": " + shown + " vs " + engine);
        }
        assertTrue(row > 5, what);
    }
}
