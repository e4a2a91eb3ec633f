package dev.costbench.catalog.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One term of one SKU (On-Demand, or a Reserved lease with its attributes) and its price dimensions.
 * {@code place} says where it is in the file, for error messages ("SKU X, term Y" or "line 57").
 */
final class OfferTerm {
    final String sku;
    final String termType;
    final String offerTermCode;
    String leaseContractLength = "";
    String offeringClass = "";
    String purchaseOption = "";
    final List<PriceDimension> dimensions = new ArrayList<>(2);
    String place;

    OfferTerm(String sku, String termType, String offerTermCode, String place) {
        this.sku = sku;
        this.termType = termType;
        this.offerTermCode = offerTermCode;
        this.place = place;
    }

    boolean isOnDemand() { return "OnDemand".equals(termType); }

    boolean isReserved() { return "Reserved".equals(termType); }

    /** The first dimension priced in {@code unit} (case-insensitive), or null. */
    PriceDimension dimension(String unit) {
        for (PriceDimension d : dimensions) if (d.unit().equalsIgnoreCase(unit)) return d;
        return null;
    }
}
