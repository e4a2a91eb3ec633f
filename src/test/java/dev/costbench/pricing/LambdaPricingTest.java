package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.Architecture;
import dev.costbench.model.LambdaFunction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.one;
import static dev.costbench.pricing.Pricing.option;
import static dev.costbench.pricing.Pricing.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LambdaPricingTest {

    private static LambdaFunction fn(String id, int memoryMb, long requests, int ms) {
        return LambdaFunction.of(id, id, memoryMb, requests, BigDecimal.valueOf(ms));
    }

    /** 10M requests, 200 ms, 512 MB. */
    private static LambdaFunction api() { return fn("api", 512, 10_000_000L, 200); }

    @Test
    void tenMillionRequestsAt200msAnd512Mb() {
        BlockCost b = one(api());
        // 10,000,000 × 0.2 s × 0.5 GB = 1,000,000 GB-s × $0.0000166667 = 16.6667; 10M × $0.20/M = 2.00
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("18.6667", od.monthlyEffective());
        assertCents("18.67", od.monthlyEffective());
        assertExactly("1000000", line(od, "lambda.duration.tier1").quantity());
        assertExactly("10000000", line(od, "lambda.requests").quantity());
        assertEquals("10M requests × 200 ms × 512 MB", b.keySize());
    }

    @Test
    void theLambdaPricingPagesMobileBackendExample() {
        // AWS's example: 3M requests a month, 120 ms, 1,536 MB on x86: 3M × 0.12 s = 360,000 s × 1.5 GB = 540,000 GB-s
        // × $0.0000166667 = 9.000018 ($9.00); 3M × $0.20/M = $0.60 → $9.60 (without the free tier)
        OptionCost od = option(one(fn("mobile", 1536, 3_000_000L, 120)), PurchaseOption.ON_DEMAND);
        assertExactly("540000", line(od, "lambda.duration.tier1").quantity());
        assertExactly("9.600018", od.monthlyEffective());
        assertCents("9.60", od.monthlyEffective());
    }

    @Test
    void anAverageBelowOneMillisecondBillsOneMillisecond() {
        // Lambda pricing page: duration is rounded up to the nearest 1 ms, so 0.4 ms bills 1 ms.
        // 10M × 0.001 s × 1 GB = 10,000 GB-s × $0.0000166667 = 0.166667; requests 10M × $0.20/M = 2.00 → 2.166667
        LambdaFunction fast = LambdaFunction.of("fast", "fast", 1024, 10_000_000L, new BigDecimal("0.4"));
        OptionCost od = option(one(fast), PurchaseOption.ON_DEMAND);
        assertExactly("10000", line(od, "lambda.duration.tier1").quantity());
        assertExactly("2.166667", od.monthlyEffective());
        // 1.5 ms on average is kept (the spread of single invocations is unknown): 15,000 GB-s → 0.2500005 + 2.00
        LambdaFunction slower = LambdaFunction.of("slower", "slower", 1024, 10_000_000L, new BigDecimal("1.5"));
        assertExactly("2.2500005", option(one(slower), PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void freeTierComesOffTheFirstFunction() {
        CostReport r = report(PurchaseOption.ON_DEMAND, true, api());
        // 9M × 0.0000002 = 1.80; (1,000,000 − 400,000) GB-s × 0.0000166667 = 10.00002
        assertExactly("11.80002", r.block("api").option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void freeTierIsSharedOutInFileOrder() {
        CostReport r = report(PurchaseOption.ON_DEMAND, true, fn("small", 1024, 500_000L, 100), api());
        // small: 500K requests, 500K × 0.1 s × 1 GB = 50,000 GB-s, all within the free tier → $0
        assertExactly("0", r.block("small").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        // api gets what is left: 500K requests and 350,000 GB-s free
        // 9.5M × 0.0000002 = 1.90; 650,000 × 0.0000166667 = 10.833355
        assertExactly("12.733355", r.block("api").option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void durationPastSixBillionGbSecondsFallsInTheSecondTier() {
        // 1B requests × 7 s × 1 GB = 7B GB-s: 6B × 0.0000166667 = 100,000.2; 1B × 0.000015 = 15,000; requests 200
        OptionCost od = option(one(fn("etl", 1024, 1_000_000_000L, 7000)), PurchaseOption.ON_DEMAND);
        assertExactly("115200.2", od.monthlyEffective());
        assertExactly("1000000000", line(od, "lambda.duration.tier2").quantity());
    }

    @Test
    void arm64UsesTheArmRatesAndIsTheTwin() {
        BlockCost b = one(api());
        // arm: 1,000,000 × 0.0000133334 = 13.3334 + 2.00 = 15.3334
        assertExactly("15.3334", b.graviton().options().get(PurchaseOption.ON_DEMAND).monthlyEffective());
        // saving 18.6667 − 15.3334 = 3.3333 = 17.86% of 18.6667
        assertExactly("3.3333", b.graviton().savingMonthly());
        assertExactly("17.86", b.graviton().savingPct());
        assertEquals("the same function on arm64 (arm duration tiers and rates)", b.graviton().rule());
        BlockCost arm = one(api().withArchitecture(Architecture.ARM64));
        assertFalse(arm.graviton().available());
        assertEquals("already runs on arm64 (Graviton)", arm.graviton().reason());
    }

    @Test
    void ephemeralStorageAbove512MbIsBilledPerGbSecond() {
        // 2048 MB storage: 1.5 GB above the included 512 MB × 10M × 0.2 s = 3,000,000 GB-s × 0.0000000309 = 0.0927
        OptionCost od = option(one(api().withEphemeralStorageMb(2048)), PurchaseOption.ON_DEMAND);
        assertExactly("18.7594", od.monthlyEffective());
        assertExactly("3000000", line(od, "lambda.ephemeral").quantity());
    }

    @Test
    void provisionedConcurrencyCoversInvocationsUpToItsCapacity() {
        // 10 × 1 GB × 730 h × 3600 = 26,280,000 GB-s × 0.0000041667 = 109.500876
        // invocations 10M × 0.1 s × 1 GB = 1,000,000 GB-s, all within capacity: × 0.0000097222 = 9.7222; requests 2.00
        OptionCost od = option(one(fn("warm", 1024, 10_000_000L, 100).withProvisioned(10, null)), PurchaseOption.ON_DEMAND);
        assertExactly("121.223076", od.monthlyEffective());
        assertExactly("26280000", line(od, "lambda.provisioned").quantity());
        assertExactly("0", line(od, "lambda.duration.tier1").quantity());
    }

    @Test
    void invocationsBeyondProvisionedCapacityGoThroughTheTiers() {
        // capacity 1 × 0.5 GB × 100 h × 3600 = 180,000 GB-s: × 0.0000041667 = 0.750006
        // covered 180,000 × 0.0000097222 = 1.749996; the other 820,000 × 0.0000166667 = 13.666694; requests 2.00
        OptionCost od = option(one(api().withProvisioned(1, BigDecimal.valueOf(100))), PurchaseOption.ON_DEMAND);
        assertExactly("18.166696", od.monthlyEffective());
    }

    @Test
    void reservedSpotAndEc2InstancePlansDoNotApplyAndComputeSpIsMissing() {
        BlockCost b = one(api());
        assertEquals("Lambda has no Reserved Instances", option(b, PurchaseOption.parse("reserved/1y/standard/no-upfront")).reason());
        assertEquals("Lambda has no Spot pricing", option(b, PurchaseOption.SPOT).reason());
        assertEquals("EC2 Instance Savings Plans cover EC2 instances only, not Lambda",
                option(b, PurchaseOption.parse("savings-plan/ec2-instance/3y/all-upfront")).reason());
        OptionCost sp = option(b, PurchaseOption.parse("savings-plan/compute/1y/no-upfront"));
        assertEquals(OptionCost.Status.MISSING, sp.status());
        assertEquals("savings-plan compute/1y/no-upfront lambda duration_x86_tier1 in us-east-1",
                sp.missing().get(0).describe());
    }

    @Test
    void aReservedScenarioBuysLambdaOnDemand() {
        CostReport r = report(PurchaseOption.parse("reserved/1y/standard/no-upfront"), false, api());
        assertEquals(PurchaseOption.ON_DEMAND, r.block("api").chosenOption());
        assertExactly("18.6667", r.chosenMonthly());
    }

    @Test
    void theAccountsDurationIsTieredAndSharedByGbSeconds() {
        // Lambda pricing page: the tiers apply to the account's total per architecture per region.
        // a: 500M × 8 s × 1 GB = 4B GB-s; b: 1B × 4 s × 1 GB = 4B GB-s; together 8B:
        // 6B × $0.0000166667 = 100,000.2 + 2B × $0.000015 = 30,000 → 130,000.2; requests 1.5B × $0.20/M = 300
        // → $130,300.20 (tiering each alone: 2 × 4B × 0.0000166667 = 133,333.6 + 300 = $133,633.60)
        CostReport r = report(PurchaseOption.ON_DEMAND, false, fn("a", 1024, 500_000_000L, 8000), fn("b", 1024, 1_000_000_000L, 4000));
        OptionCost a = r.block("a").option(PurchaseOption.ON_DEMAND), b = r.block("b").option(PurchaseOption.ON_DEMAND);
        assertExactly("130300.2", a.monthlyEffective().add(b.monthlyEffective()));
        // each bears half the tiered cost (4B ÷ 8B): 65,000.1, plus its own requests: a 100, b 200
        assertExactly("65100.1", a.monthlyEffective());
        assertExactly("65200.1", b.monthlyEffective());
        // its lines carry half of each tier: 6B × 0.5 = 3B in the first, 2B × 0.5 = 1B in the second
        assertExactly("3000000000", line(a, "lambda.duration.tier1").quantity());
        assertExactly("1000000000", line(a, "lambda.duration.tier2").quantity());
        assertTrue(line(a, "lambda.duration.tier1").description().contains("the account's x86 tiers, this function's share"),
                line(a, "lambda.duration.tier1").description());
        // an arm64 function is tiered with the arm64 functions only: c alone, 1B × 1 s × 1 GB = 1B × 0.0000133334
        CostReport mixed = report(PurchaseOption.ON_DEMAND, false, fn("a", 1024, 500_000_000L, 8000),
                LambdaFunction.of("c", "c", 1024, 1_000_000_000L, new BigDecimal("1000")).withArchitecture(Architecture.ARM64));
        assertExactly("13533.4", mixed.block("c").option(PurchaseOption.ON_DEMAND).monthlyEffective());
        // one function alone is tiered as before and its lines say nothing of an account
        assertFalse(line(option(one(api()), PurchaseOption.ON_DEMAND), "lambda.duration.tier1").description().contains("account"));
    }
}
