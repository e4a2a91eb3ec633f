package dev.costbench.bench;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.PricingEngine;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Times one full price() of a SyntheticDesign (all 26 options and the Graviton twin of every block) the way
 * the app reprices after an edit: one long-lived engine, the same design again. Not a unit test, so a busy
 * machine cannot fail the build. Run: mvn -o test-compile exec... or from the IDE with args [blocks] [runs].
 */
public final class RepriceBenchmark {
    private RepriceBenchmark() {}

    public static void main(String[] args) {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 201;
        PriceCatalog catalog = FullyPricedCatalog.build();
        Scenario design = SyntheticDesign.generate(blocks, 42);
        System.out.println(measure("fully priced catalog", catalog, design, runs));
    }

    static String measure(String label, PriceCatalog catalog, Scenario design, int runs) {
        PricingEngine engine = new PricingEngine(catalog);
        long cold = System.nanoTime();
        CostReport first = engine.price(design);
        cold = System.nanoTime() - cold;
        for (int i = 0; i < 300; i++) engine.price(design);  // let the JIT compile the hot path
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] times = new long[runs], cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            engine.price(design);
            times[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        return String.format("%s: %d blocks, wall median %.2f ms, p90 %.2f ms, min %.2f ms; calling thread's CPU median"
                        + " %.2f ms; first call %.1f ms; on-demand total $%s, %d missing prices",
                label, design.blocks().size(), times[runs / 2] / 1e6, times[runs * 9 / 10] / 1e6, times[0] / 1e6,
                cpu[runs / 2] / 1e6, cold / 1e6,
                dev.costbench.pricing.Money.cents(first.totals().get("on-demand").monthlyEffective()), first.missing().size());
    }
}
