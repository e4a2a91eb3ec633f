package dev.costbench.pricing;

/** Where a pricer puts what a rate the catalog lacks leaves behind: a missing price, or a line awaiting the rate. */
public interface RateGaps {
    void missing(MissingPrice price);

    void awaiting(UnpricedLine line);
}
