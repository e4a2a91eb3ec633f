package dev.costbench.pricing.lambda;

import dev.costbench.model.Architecture;
import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.SizeText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AWS applies the duration tiers to an account's total GB-seconds per architecture, while Costbench tiers each
 * function on its own (a block's cost must not depend on the others). When the functions together pass the
 * first tier, the per-function figures overstate the bill; this says so.
 */
public final class AccountTierCheck {
    private AccountTierCheck() {}

    public static List<String> warnings(List<Block> blocks, Map<String, FreeTierAllowance> free) {
        BigDecimal x86 = BigDecimal.ZERO, arm = BigDecimal.ZERO;
        int x86Functions = 0, armFunctions = 0;
        for (Block b : blocks) {
            if (!(b instanceof LambdaFunction f)) continue;
            FreeTierAllowance allowance = free.getOrDefault(f.id(), FreeTierAllowance.NONE);
            // the hand-out already worked the function's usage out
            BigDecimal onDemand = allowance.share() != null ? allowance.share().usage().onDemand().value()
                    : LambdaUsage.of(f).onDemandGbSeconds();
            BigDecimal billed = onDemand.subtract(allowance.gbSeconds());
            if (billed.signum() == 0) continue;
            if (f.architecture() == Architecture.ARM64) {
                arm = arm.add(billed);
                armFunctions++;
            } else {
                x86 = x86.add(billed);
                x86Functions++;
            }
        }
        List<String> out = new ArrayList<>(2);
        check(out, "x86", x86, x86Functions, DurationTiers.X86.firstTier(), "6B");
        check(out, "arm64", arm, armFunctions, DurationTiers.ARM.firstTier(), "7.5B");
        return out;
    }

    /** One function alone is tiered exactly as AWS would; only several together can cross a tier unseen. */
    private static void check(List<String> out, String arch, BigDecimal total, int functions, BigDecimal firstTier,
                              String tierText) {
        if (functions < 2 || total.compareTo(firstTier) <= 0) return;
        out.add(functions + " Lambda functions on " + arch + " together bill " + SizeText.count(total.longValue())
                + " GB-s a month, past the first " + tierText + " GB-s tier; AWS tiers the account's total, so pricing"
                + " each function through the tiers on its own overstates the duration cost");
    }
}
