package dev.costbench.pricing.lambda;

import dev.costbench.model.Architecture;
import dev.costbench.model.Block;
import dev.costbench.model.LambdaFunction;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Constant;
import dev.costbench.pricing.component.Quantity.Named;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS applies the duration tiers to the account's total on-demand GB-seconds per architecture per region
 * (https://aws.amazon.com/lambda/pricing/), so a function's duration cost is its share of the account's tiered cost,
 * in proportion to its billable GB-seconds: each tier's GB-seconds of the total × (the function's ÷ the total).
 * {@code billable} is the function's GB-seconds after its part of the free tier, {@code total} the account's sum of
 * them on the function's architecture, a figure of that architecture's first function which the others refer to.
 */
public record AccountDuration(Named billable, Named total) {

    /** Each Lambda block's billable GB-seconds and its architecture's account total, by block id. */
    public static Map<String, AccountDuration> of(List<Block> blocks, Map<String, FreeTierAllowance> free) {
        Map<Architecture, Map<String, Named>> byArch = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (!(b instanceof LambdaFunction f)) continue;
            FreeTierAllowance allowance = free.getOrDefault(f.id(), FreeTierAllowance.NONE);
            Architecture arch = f.architecture() == Architecture.ARM64 ? Architecture.ARM64 : Architecture.X86_64;
            byArch.computeIfAbsent(arch, a -> new LinkedHashMap<>()).put(f.id(), billable(f, allowance));
        }
        Map<String, AccountDuration> out = new HashMap<>();
        byArch.forEach((arch, functions) -> {
            Quantity sum = Quantity.sum(List.copyOf(functions.values()));
            String first = functions.keySet().iterator().next();
            String name = DurationTiers.of(arch).name();
            Named total = Named.of(first, "account_" + name + "_gb_seconds", "Account's billable GB-seconds (" + name + ")",
                    "GB-s", "every " + name + " function's: AWS tiers this total", sum);
            functions.forEach((id, billable) -> out.put(id, new AccountDuration(billable, total)));
        });
        return out;
    }

    /** The function's on-demand GB-seconds after its part of the free tier, as a rule of its own block. */
    static Named billable(LambdaFunction f, FreeTierAllowance free) {
        FreeTierAllowance.Share share = free.share();
        LambdaRules usage = share != null ? share.usage() : LambdaRules.of(f);
        Quantity freeGbSeconds = share != null ? share.gbSecondsUsed() : new Constant(free.gbSeconds());
        return Named.of(f.id(), "billable_gb_seconds", "Billable on-demand GB-seconds", "GB-s",
                "priced through the duration tiers", Quantity.sub(usage.onDemand(), freeGbSeconds));
    }

    /** The function's part of {@code tierOfTotal}: × billable ÷ total, 0 when the account bills no duration. */
    Quantity shareOf(Quantity tierOfTotal) {
        Constant zero = new Constant(BigDecimal.ZERO);
        return new Quantity.IfAbove(total, zero, Quantity.mul(tierOfTotal, Quantity.div(billable, total)), zero);
    }

    /** Whether other functions share the total, so the description says the tiers are the account's. */
    boolean shared() { return total.formula() != billable; }
}
