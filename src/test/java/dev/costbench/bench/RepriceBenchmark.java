package dev.costbench.bench;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.PricingEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times price() of a SyntheticDesign (all 26 options and the Graviton twin of every block) with one long-lived
 * engine, as the app reprices: after a one-block edit (the engine reuses the other blocks' costs) and with every
 * block changed (a full reprice). Not a unit test, so a busy machine cannot fail the build. Run after {@code mvn -q -o test-compile dependency:build-classpath
 * -Dmdep.outputFile=target/cp.txt}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.costbench.bench.RepriceBenchmark [blocks] [runs] [rounds]}
 */
public final class RepriceBenchmark {
    private RepriceBenchmark() {}

    public static void main(String[] args) {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 201;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        Scenario design = SyntheticDesign.generate(blocks, 42);
        PriceCatalog fullyPriced = FullyPricedCatalog.build();
        for (int round = 0; round < rounds; round++) {
            for (boolean full : new boolean[]{false, true}) {
                String what = full ? ", every block changed" : ", after a one-block edit";
                System.out.println(measure("shipped catalog" + what, CatalogLoader.bundled(), design, runs, full));
                System.out.println(measure("fully priced catalog" + what, fullyPriced, design, runs, full));
            }
        }
    }

    /** Run {@code i}'s design: one block renamed (a different one each run), or every block renamed. */
    static Scenario edited(Scenario design, int i, boolean everyBlock) {
        return everyBlock ? SyntheticDesign.withEveryBlockRenamed(design, i) : SyntheticDesign.withOneBlockRenamed(design, i);
    }

    static String measure(String label, PriceCatalog catalog, Scenario design, int runs, boolean everyBlock) {
        PricingEngine engine = new PricingEngine(catalog);
        long cold = System.nanoTime();
        CostReport first = engine.price(design);
        cold = System.nanoTime() - cold;
        // let the JIT compile the hot path (slow on a busy machine): at least 300 calls and 8 seconds
        long warmUntil = System.nanoTime() + 8_000_000_000L;
        int warm = 0;
        for (; warm < 300 || System.nanoTime() < warmUntil; warm++) engine.price(edited(design, -1 - warm, everyBlock));
        Scenario[] designs = new Scenario[runs];
        for (int i = 0; i < runs; i++) designs[i] = edited(design, i, everyBlock);
        engine.price(design);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[runs], cpu = new long[runs];
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu = os.getProcessCpuTime();
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            engine.price(designs[i]);
            times[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        processCpu = os.getProcessCpuTime() - processCpu;
        Arrays.sort(times);
        Arrays.sort(cpu);
        return String.format("%s: %d blocks, wall median %.2f ms, p90 %.2f ms, min %.2f ms; CPU per call: calling thread"
                        + " median %.2f ms, whole process mean %.2f ms; load average %.1f; first call %.1f ms;"
                        + " on-demand total $%s, %d missing prices",
                label, design.blocks().size(), times[runs / 2] / 1e6, times[runs * 9 / 10] / 1e6, times[0] / 1e6,
                cpu[runs / 2] / 1e6, processCpu / 1e6 / runs, os.getSystemLoadAverage(), cold / 1e6,
                dev.costbench.pricing.Money.cents(first.totals().get(PurchaseOption.ON_DEMAND).monthlyEffective()), first.missing().size());
    }
}
