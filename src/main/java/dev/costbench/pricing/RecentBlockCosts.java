package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.model.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The block costs of the last few scenarios priced, so that repricing after an edit only prices the blocks the
 * edit changed. A cost is reused only for the same block (every field equal) with the same share of what the
 * scenario's blocks share: region, the scenario's default option, whether it pays its EKS cluster's fee and its
 * part of the Lambda free tier. Reused costs are the same objects, so views can tell by identity what changed.
 * Holds at most {@link #KEPT} scenarios' blocks, the same memory as the reports a window already keeps.
 */
final class RecentBlockCosts {
    /** The scenario on screen and the one before the last edit, so an edit and its undo both reprice little. */
    static final int KEPT = 2;

    /**
     * A block and its share of what the scenario's blocks share. {@code share} is whatever else the block's price
     * depends on: a Boolean for EKS, an allowance for Lambda. The hash is worked out once: a block with a weekly
     * load profile has 168 figures to hash, and each key is looked up in every remembered scenario.
     */
    static final class Key {
        private final Block block;
        private final String region;
        private final PurchaseOption scenarioOption;
        private final Object share;
        private final int hash;

        Key(Block block, String region, PurchaseOption scenarioOption, Object share) {
            this.block = block;
            this.region = region;
            this.scenarioOption = scenarioOption;
            this.share = share;
            this.hash = Objects.hash(block, region, scenarioOption, share);
        }

        @Override public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && (block == k.block || block.equals(k.block))
                    && region.equals(k.region) && Objects.equals(scenarioOption, k.scenarioOption) && Objects.equals(share, k.share);
        }

        @Override public int hashCode() { return hash; }
    }

    /** Newest first; replaced whole, so the pricing threads read it without a lock. */
    private volatile List<Map<Key, BlockCost>> recent = List.of();

    BlockCost find(Key key) {
        for (Map<Key, BlockCost> priced : recent) {
            BlockCost cost = priced.get(key);
            if (cost != null) return cost;
        }
        return null;
    }

    /** Remembers one scenario's block costs (the map is the engine's to give away), forgetting the oldest beyond {@link #KEPT}. */
    synchronized void remember(Map<Key, BlockCost> scenario) {
        List<Map<Key, BlockCost>> next = new ArrayList<>(KEPT);
        next.add(java.util.Collections.unmodifiableMap(scenario));
        for (Map<Key, BlockCost> older : recent) if (next.size() < KEPT) next.add(older);
        recent = List.copyOf(next);
    }
}
