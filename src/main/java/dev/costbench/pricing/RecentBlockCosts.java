package dev.costbench.pricing;

import dev.costbench.model.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The block costs of the last few scenarios priced, so that repricing after an edit only prices the blocks the
 * edit changed. A cost is reused only for the same block (every field equal) with the same share of what the
 * scenario's blocks share: region, the scenario's default option, whether it pays its EKS cluster's fee and its
 * part of the Lambda free tier. Reused costs are the same objects, so views can tell by identity what changed.
 * Holds at most {@link #KEPT} scenarios' blocks, the same memory as the reports a window already keeps.
 */
final class RecentBlockCosts {
    /** The scenario on screen, its edit before, and room for a what-if or a second window. */
    static final int KEPT = 4;

    /** {@code share} is whatever else the block's price depends on: a Boolean for EKS, an allowance for Lambda. */
    record Key(Block block, String region, PurchaseOption scenarioOption, Object share) {}

    /** Newest first; replaced whole, so the pricing threads read it without a lock. */
    private volatile List<Map<Key, BlockCost>> recent = List.of();

    BlockCost find(Key key) {
        for (Map<Key, BlockCost> priced : recent) {
            BlockCost cost = priced.get(key);
            if (cost != null) return cost;
        }
        return null;
    }

    /** Remembers one scenario's block costs, forgetting the oldest scenario's beyond {@link #KEPT}. */
    synchronized void remember(Map<Key, BlockCost> scenario) {
        List<Map<Key, BlockCost>> next = new ArrayList<>(KEPT);
        next.add(Map.copyOf(scenario));
        for (Map<Key, BlockCost> older : recent) if (next.size() < KEPT) next.add(older);
        recent = List.copyOf(next);
    }
}
