package dev.costbench.ui.app;

import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;

import java.util.Map;
import java.util.TreeMap;

/**
 * The "prices as of" of a region: the publication dates of the AWS price lists its rates came from
 * (oldest – newest), or the catalog's own date when the region records none.
 */
record PricesAsOf(String text, String detail) {

    static PricesAsOf of(PriceCatalog catalog, String region) {
        Map<String, OfferInfo> offers = region == null ? Map.of() : new TreeMap<>(catalog.offers(region));
        String catalogLine = "Catalog " + catalog.version() + "; every rate cites its source in the cost tooltips";
        if (offers.isEmpty()) {
            String asOf = catalog.asOf();
            return new PricesAsOf(asOf == null || asOf.isBlank() ? "unknown" : asOf, catalogLine);
        }
        String oldest = null, newest = null;
        StringBuilder detail = new StringBuilder(region).append(" price lists:");
        for (OfferInfo o : offers.values()) {
            String d = o.publicationDate();
            if (oldest == null || d.compareTo(oldest) < 0) oldest = d;
            if (newest == null || d.compareTo(newest) > 0) newest = d;
            detail.append("\n  ").append(o.service()).append("  ").append(d).append("  (").append(o.version()).append(')');
        }
        detail.append('\n').append(catalogLine);
        return new PricesAsOf(oldest.equals(newest) ? oldest : oldest + " – " + newest, detail.toString());
    }
}
