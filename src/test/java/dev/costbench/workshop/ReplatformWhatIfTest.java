package dev.costbench.workshop;

import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.fargate.FargateSize;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.costbench.workshop.SavingsPlanOptimizerTest.assertCents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReplatformWhatIfTest {
    private final ReplatformWhatIf replatform = new ReplatformWhatIf(Workshop.ENGINE);
    private final LambdaFunction fn = LambdaFunction.of("fn", "resize", 1024, 10_000_000, new BigDecimal("100"));
    private final Scenario scenario = Workshop.scenario("Base", fn);
    /** 1 vCPU / 2 GB tasks used to the full, two at least (one per zone), EC2 on m5.large. */
    private final ReplatformWhatIf.SizingRule rule = new ReplatformWhatIf.SizingRule(
            new FargateSize(BigDecimal.ONE, BigDecimal.valueOf(2)), BigDecimal.ONE, 2, "m5.large");

    @Test
    void theSameWorkloadOnTheThreePlatforms() {
        ReplatformWhatIf.Result r = replatform.compare(scenario, fn, null, rule);
        // concurrency = 10M ÷ (730 × 3600) × 0.1 s = 0.381 requests in flight
        assertEquals("0.38", r.workload().concurrency().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        // Lambda: 10M × $0.20/M = 2.00 + 1M GB-s × 0.0000166667 = 16.67 → 18.67
        assertCents("18.67", r.platforms().get(0).onDemandMonthly());
        // a 1 vCPU / 2 GB task holds min(1 × 1769/1024, 2 × 1024/1024) = 1.73 requests: ceil(0.381/1.73) = 1, at least 2
        // 2 × (0.04048 + 2 × 0.004445) × 730 = 72.08
        assertCents("72.08", r.platforms().get(1).onDemandMonthly());
        // m5.large holds min(2 × 1769/1024, 8) = 3.45 requests: 1, at least 2: 2 × 0.096 × 730 = 140.16
        assertCents("140.16", r.platforms().get(2).onDemandMonthly());
        assertEquals(2, ((AutoScalingGroup) r.platforms().get(2).block()).desired());
    }

    @Test
    void fargateCrossoverIsSolvedFromTheTaskSteps() {
        ReplatformWhatIf.Crossover c = replatform.compare(scenario, fn, null, rule).fargate();
        // Lambda costs 0.0000002 + 0.1 × 1 × 0.0000166667 = $0.00000186667 a request (first tier).
        // Two tasks cost 2 × 36.0401 = 72.0802 until they hold 2 × 1.7275 = 3.455 in flight, i.e. 90.8M requests.
        // 72.0802 ÷ 0.00000186667 = 38,614,323.9 → cheaper from 38,614,324 requests
        assertEquals(38_614_324L, c.firstCheaperAt());
        assertEquals(38_614_324L, c.cheaperFrom());
        assertEquals(2, c.unitsAt());
        assertEquals("Above 38.6 M requests a month, Fargate (2 tasks × 1 vCPU / 2 GB) costs less than Lambda.", c.sentence());
    }

    @Test
    void ec2CrossoverAtTwoInstances() {
        // 2 × m5.large = 140.16 ÷ 0.00000186667 = 75,085,580.2 → 75,085,581
        assertEquals(75_085_581L, replatform.compare(scenario, fn, null, rule).ec2().cheaperFrom());
    }

    @Test
    void anEarlierStretchWhereTheAlternativeIsCheaperIsSaid() {
        // 50M requests × 120 ms at 1,024 MB, m5.large used to 70 %, one at least. Lambda: 0.0000002 + 0.12 × 0.0000166667
        // = $0.000002200004 a request. One m5.large (70.08 a month) is cheaper from 70.08 ÷ 0.000002200004 = 31,854,487.6
        // requests until it holds no more (2 × 1769 ÷ 1024 × 0.7 = 2.418 in flight: 2.418 × 2,628,000 ÷ 0.12 = 52.96M
        // requests); two (140.16) only from 140.16 ÷ 0.000002200004 = 63,708,975.1 requests on
        LambdaFunction busy = LambdaFunction.of("b", "enrich", 1024, 50_000_000, new BigDecimal("120"));
        ReplatformWhatIf.Crossover c = replatform.compare(Workshop.scenario("Busy", busy), busy, null, ReplatformWhatIf.SizingRule.DEFAULT).ec2();
        assertEquals(31_854_488L, c.firstCheaperAt());
        assertEquals(63_708_976L, c.cheaperFrom());
        assertEquals("Above 63.7 M requests a month, EC2 (2 × m5.large) costs less than Lambda; it also does from 31.9 M"
                + " (1 × m5.large) to 53.0 M, where Lambda is cheaper again.", c.sentence());
    }

    @Test
    void lambdaCanStayCheaper() {
        // arm64 Lambda (1 vCPU at 1769 MB, 1 s) against x86 Fargate used to 30%: a task holds 0.3 requests, i.e.
        // 0.3 × 2,628,000 = 788,400 requests a month, and Lambda bills them 788,400 × (0.0000002 + 1.7275 × 0.0000133334)
        // = 18.32 against 36.04 for the task: Lambda stays cheaper at every volume
        LambdaFunction arm = LambdaFunction.of("a", "arm", 1769, 1_000_000, new BigDecimal("1000")).withArchitecture(Architecture.ARM64);
        ReplatformWhatIf.SizingRule lowUse = new ReplatformWhatIf.SizingRule(new FargateSize(BigDecimal.ONE, BigDecimal.valueOf(2)),
                new BigDecimal("0.3"), 1, "m5.large");
        ReplatformWhatIf.Result r = replatform.compare(Workshop.scenario("Arm", arm), arm,
                new ReplatformWhatIf.Workload(1_000_000, new BigDecimal("1000"), 1769, Architecture.X86_64), lowUse);
        assertNull(r.fargate().cheaperFrom());
        assertEquals("Lambda costs less than Fargate (1 task × 1 vCPU / 2 GB or more) at every volume.", r.fargate().sentence());
    }

    @Test
    void theChartCarriesTheCrossover() {
        ReplatformWhatIf.Result r = replatform.compare(scenario, fn, null, rule);
        ReplatformWhatIf.VolumePoint at = r.chart().stream().filter(p -> p.requestsPerMonth() == 38_614_324L).findFirst().orElseThrow();
        assertEquals(-1, at.fargate().compareTo(at.lambda()));
        assertCents("0", r.chart().get(0).lambda());
    }

    @Test
    void aServiceNeedsTheWorkloadItServes() {
        AutoScalingGroup web = AutoScalingGroup.of("web", "web", "m5.large", 2, 2, 2);
        assertThrows(IllegalArgumentException.class, () -> replatform.compare(Workshop.scenario("S", web), web, null, rule));
        ReplatformWhatIf.Result r = replatform.compare(Workshop.scenario("S", web), web, ReplatformWhatIf.Workload.of(fn), rule);
        assertCents("140.16", r.platforms().get(2).onDemandMonthly());
    }
}
