package dev.costbench.export.xlsx;

import dev.costbench.catalog.Provenance;
import dev.costbench.pricing.component.RateRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct rates the workbook uses, each given one row on the Sources sheet in first-use order, so that
 * every Line items unit price is a reference to the row that says where AWS published it and when.
 */
final class RateSources {
    /** One rate: what it prices, where, its unit and USD price, and its provenance. */
    record RateKey(String service, String rate, String region, String unit, BigDecimal unitPrice, Provenance provenance) {
        RateKey {
            unitPrice = unitPrice.stripTrailingZeros();
        }
    }

    private final int firstRow;
    private final Map<RateKey, Integer> rows = new HashMap<>();
    private final List<RateKey> ordered = new ArrayList<>();

    RateSources(int firstRow) { this.firstRow = firstRow; }

    /** The Sources row of the line's published rate, adding the rate on first use. */
    int rowOf(String region, RateRef rate) {
        RateKey key = new RateKey(rate.service(), rate.name(), region, rate.unit(), rate.published(), rate.provenance());
        Integer row = rows.get(key);
        if (row != null) return row;
        int next = firstRow + ordered.size();
        rows.put(key, next);
        ordered.add(key);
        return next;
    }

    List<RateKey> rates() { return ordered; }

    int firstRow() { return firstRow; }

    int lastRow() { return firstRow + Math.max(ordered.size(), 1) - 1; }
}
