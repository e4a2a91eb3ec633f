package dev.costbench.ui.app;

import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.coverage.RegionCoverage;

import java.util.Map;
import java.util.TreeMap;

/**
 * The "prices as of" of a design: the dates of the oldest and newest rates of the kinds of price it needs in its
 * region ({@link RegionCoverage#dates()}, as the command line and the diagram give them); the region's price lists,
 * all of them, in the detail. Without dated rates, the catalog's own date.
 */
record PricesAsOf(String text, String detail) {

    static PricesAsOf of(PriceCatalog catalog, String region, RegionCoverage needed) {
        Map<String, OfferInfo> offers = region == null ? Map.of() : new TreeMap<>(catalog.offers(region));
        String catalogLine = "Catalog " + catalog.version() + "; every rate cites its source in the cost tooltips";
        String dates = needed.dates();
        String text = dates != null ? dates : catalog.asOf() == null || catalog.asOf().isBlank() ? "unknown" : catalog.asOf();
        StringBuilder detail = new StringBuilder("Rates of the prices this design needs in ").append(region).append(": ").append(text);
        if (!offers.isEmpty()) detail.append("\n").append(region).append(" price lists:");
        for (OfferInfo o : offers.values())
            detail.append("\n  ").append(o.service()).append("  ").append(o.publicationDate()).append("  (").append(o.version()).append(')');
        detail.append('\n').append(catalogLine);
        return new PricesAsOf(text, detail.toString());
    }
}
