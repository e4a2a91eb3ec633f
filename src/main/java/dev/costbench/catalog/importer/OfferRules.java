package dev.costbench.catalog.importer;

import java.util.Set;

/**
 * What to keep from one kind of offer file. The readers stream products first and ask {@link #select}
 * for each; only selected SKUs are remembered, and only their terms are handed to {@link #term}.
 *
 * @param <S> what the rule remembers about a selected SKU
 */
interface OfferRules<S> {
    /** Attribute keys (see {@link ProductAttributes#key}) the rule reads; the others are skipped unread. */
    Set<String> attributes();

    /** What to remember about this product, or null to ignore it and its terms. */
    S select(ProductAttributes product);

    void term(S selected, OfferTerm term);

    /** Called once every term has been read. */
    default void finish() {}
}
