package dev.costbench.pricing.lambda;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.Architecture;
import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.pricing.component.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An account with thousands of Lambda functions: AWS tiers their summed GB-seconds, and the sum is a rule every
 * function's duration refers to. Priced on a thread with a small stack, as a sum thousands of additions deep overflowed.
 */
class ManyFunctionsTest {
    private static final int FUNCTIONS = 5_000;

    @Test
    void fiveThousandFunctionsArePricedAndTheirDurationIsTheAccountsTieredCost() throws Exception {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < FUNCTIONS; i++)
            blocks.add(new LambdaFunction("fn" + i, "Function " + i, i, 0, null, 10_240, Architecture.X86_64, 1_000_000,
                    new BigDecimal("1000"), 512, 0, null, null));
        Scenario s = new Scenario("Many", "us-east-1", blocks, List.of(), Scenario.DEFAULT_OPTION, true);
        AtomicReference<CostReport> report = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                report.set(new PricingEngine(CatalogLoader.bundled()).price(s));
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertNull(failed.get(), () -> "priced without failing: " + failed.get());
        // each function: 1M requests × 1 s × 10 GB = 10,000,000 GB-s; the account's 50,000,000,000 GB-s less the free
        // 400,000 run through the tiers: 6e9 at 0.0000166667, 9e9 at 0.0000150000, the rest at 0.0000133334; requests
        // 5e9 − the free 1M at $0.20 per million: $701,663.87 + $999.80
        BigDecimal billable = new BigDecimal("50000000000").subtract(new BigDecimal("400000"));
        BigDecimal duration = new BigDecimal("6000000000").multiply(new BigDecimal("0.0000166667"))
                .add(new BigDecimal("9000000000").multiply(new BigDecimal("0.0000150000")))
                .add(billable.subtract(new BigDecimal("15000000000")).multiply(new BigDecimal("0.0000133334")));
        BigDecimal requests = new BigDecimal("4999000000").multiply(new BigDecimal("0.20")).divide(new BigDecimal("1000000"));
        assertEquals(Money.cents(duration.add(requests)), Money.cents(report.get().chosenMonthly()));
    }

    @Test
    void aSumOfManyTermsIsShallowAndKeepsTheirOrder() {
        List<Quantity> terms = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) terms.add(new Quantity.Constant(BigDecimal.valueOf(i)));
        Quantity sum = Quantity.sum(terms);
        assertEquals(14, depth(sum), "log2 of 10,000 additions, rounded up");
        assertEquals(BigDecimal.valueOf(50_005_000), dev.costbench.pricing.component.QuantityEvaluator.evaluate(sum));
        List<Quantity> inOrder = new ArrayList<>();
        flatten(sum, inOrder);
        assertEquals(terms, inOrder);
    }

    private static int depth(Quantity q) {
        return q instanceof Quantity.Add a ? 1 + Math.max(depth(a.left()), depth(a.right())) : 0;
    }

    private static void flatten(Quantity q, List<Quantity> out) {
        if (q instanceof Quantity.Add a) {
            flatten(a.left(), out);
            flatten(a.right(), out);
        } else out.add(q);
    }
}
