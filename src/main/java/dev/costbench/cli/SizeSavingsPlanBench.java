package dev.costbench.cli;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.session.Session;
import dev.costbench.workshop.HourlyUsage;
import dev.costbench.workshop.LoadProfilePresets;
import dev.costbench.workshop.SavingsPlanOptimizer;
import dev.costbench.workshop.SavingsPlanSizing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code costbench bench size-savings-plan --blocks N}: sizes all twelve Savings Plans for a generated design whose
 * blocks carry load profiles (business hours, daily peak and weekend dip in turn), the answer a facilitator waits
 * for, and prints the median and p90 of reading the hourly usage and of the whole answer.
 */
@Command(name = "size-savings-plan", mixinStandardHelpOptions = true,
        description = "Sizes every Savings Plan for a generated design with load profiles, repeatedly, and prints the median "
                + "and p90 time.")
public final class SizeSavingsPlanBench implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "R", defaultValue = "20", description = "Timed runs (default: 20).")
    int runs;

    @Mixin GeneratedDesignOptions generated;
    @Mixin DataDirOption dataDir;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        generated.check();
        if (runs < 1 || runs > RepriceBench.MAX_RUNS) throw new BadInputException("--runs must be from 1 to " + RepriceBench.MAX_RUNS + ", not " + runs);
        // the shipped prices, so figures compare between machines and runs
        PricingEngine engine = Session.over(null, CatalogLoader.bundled()).engine();
        Scenario design = withProfiles(generated.generate());
        int warmUp = Math.max(5, runs / 2);
        for (int i = 0; i < warmUp; i++) new SavingsPlanOptimizer(HourlyUsage.of(design, engine)).optimizeAll();
        List<Long> reprice = new ArrayList<>(runs), usage = new ArrayList<>(runs), optimize = new ArrayList<>(runs),
                whole = new ArrayList<>(runs);
        List<SavingsPlanSizing> last = null;
        HourlyUsage hours = null;
        List<Long> cpu = new ArrayList<>(runs);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            var report = engine.price(design);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            hours = HourlyUsage.of(design, report, engine);
            long t2 = System.nanoTime();
            last = new SavingsPlanOptimizer(hours).optimizeAll();
            long t3 = System.nanoTime();
            cpu.add(threads.getCurrentThreadCpuTime() - c1);
            reprice.add(t1 - t0);
            usage.add(t2 - t1);
            optimize.add(t3 - t2);
            whole.add(t3 - t0);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Sized 12 Savings Plans for %d blocks with load profiles (seed %d), %d usages over 168 hours, %d times after %d warm-up runs%n",
                design.blocks().size(), generated.seed, hours.usages().size(), runs, warmUp);
        line(out, "reprice", reprice);
        line(out, "hourly usage", usage);
        line(out, "optimize x12", optimize);
        line(out, "whole answer", whole);
        // the usage and the optimizer run on the calling thread: its CPU time is what they cost on a busy machine
        line(out, "usage+optimize CPU", cpu);
        SavingsPlanSizing compute = last.get(0);
        out.printf("Compute 1y no upfront: $%s/h, coverage %s%%, utilization %s%%, %s a month, saving %s%n",
                compute.commitmentPerHour().toPlainString(), compute.rounded().coveragePct(), compute.rounded().utilizationPct(),
                Money.format(compute.rounded().monthlyCost()), Money.format(compute.rounded().savingVsOnDemand()));
        out.flush();
        return ExitCode.OK;
    }

    private static void line(PrintWriter out, String what, List<Long> nanos) {
        Timings t = new Timings(nanos);
        out.printf("%-18s median %8.2f ms   p90 %8.2f ms%n", what, t.medianMillis(), t.p90Millis());
    }

    /** Gives every block that can have one a preset profile, peak twice its count and floor half (at least 1). */
    static Scenario withProfiles(Scenario s) {
        List<Block> out = new ArrayList<>(s.blocks().size());
        int i = 0;
        for (Block b : s.blocks()) {
            LoadProfilePresets.Preset preset = LoadProfilePresets.Preset.values()[1 + (i++ % 3)];
            out.add(switch (b) {
                case AutoScalingGroup a -> a.withLoadProfile(profile(preset, a.desired()));
                case EcsService e -> e.withLoadProfile(profile(preset, e.tasks()));
                case EksNodeGroup g -> g.withLoadProfile(profile(preset, g.mode() == EksNodeGroup.Mode.MANAGED ? g.desired() : g.pods()));
                case BatchQueue q -> q.withLoadProfile(profile(preset, 4));
                case LambdaFunction f -> f.withLoadProfile(LoadProfilePresets.of(preset, 10, 2));
                default -> b;
            });
        }
        return s.withBlocks(out);
    }

    private static LoadProfile profile(LoadProfilePresets.Preset preset, int count) {
        return LoadProfilePresets.of(preset, 2.0 * count, Math.max(1, count / 2));
    }
}
