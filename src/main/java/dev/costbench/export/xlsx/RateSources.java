package dev.costbench.export.xlsx;

import dev.costbench.catalog.Estimate;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.RateId;
import dev.costbench.pricing.component.RateRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct rates the workbook uses, each given one row on the Sources sheet in first-use order, so that
 * every Line items unit price is a reference to the row that says where AWS published it and when. After the
 * lines' rates come the rates that estimates are worked out from ({@link #addBases}), so that an estimate can be
 * written as its formula over them.
 */
final class RateSources {
    /** One rate: what it prices, where, its unit and USD price, its provenance, and which catalog figure it is. */
    record RateKey(String service, String rate, String region, String unit, BigDecimal unitPrice, Provenance provenance,
                   RateId id) {
        RateKey {
            unitPrice = unitPrice.stripTrailingZeros();
        }

        // written out rather than the record's own, which goes through method handles: looked up once per line (46,000
        // at 1,000 blocks), those ran interpreted for much of a first export (docs/export.md, "Size at scale")
        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(rate);
            h = 31 * h + java.util.Objects.hashCode(region);
            h = 31 * h + unitPrice.hashCode();
            h = 31 * h + java.util.Objects.hashCode(service);
            h = 31 * h + java.util.Objects.hashCode(unit);
            h = 31 * h + java.util.Objects.hashCode(provenance);
            return 31 * h + java.util.Objects.hashCode(id);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof RateKey k && java.util.Objects.equals(rate, k.rate)
                    && java.util.Objects.equals(region, k.region) && unitPrice.equals(k.unitPrice)
                    && java.util.Objects.equals(service, k.service) && java.util.Objects.equals(unit, k.unit)
                    && java.util.Objects.equals(provenance, k.provenance) && java.util.Objects.equals(id, k.id);
        }
    }

    private final int firstRow;
    private final Map<RateKey, Integer> rows = new HashMap<>();
    private final List<RateKey> ordered = new ArrayList<>();
    /** The first row of each catalog figure, whatever the name it is cited under. */
    private final Map<RateId, Integer> byId = new HashMap<>();
    private final Map<Integer, Estimate> estimates = new HashMap<>();
    private int used = -1;

    RateSources(int firstRow) { this.firstRow = firstRow; }

    /** The Sources row of the line's published rate, adding the rate on first use. */
    int rowOf(String region, RateRef rate) {
        return rowOf(new RateKey(rate.service(), rate.name(), region, rate.unit(), rate.published(), rate.provenance(),
                rate.id()));
    }

    private int rowOf(RateKey key) {
        Integer row = rows.get(key);
        if (row != null) return row;
        int next = firstRow + ordered.size();
        rows.put(key, next);
        ordered.add(key);
        if (key.id() != null) byId.putIfAbsent(key.id(), next);
        return next;
    }

    /**
     * For every estimated rate whose rule is a formula over other catalog rates (and whose figure is the catalog's and
     * what the formula gives),
     * the rows of its base rates, added after the lines' rates when no line cites them, base of a base included.
     */
    void addBases(PriceCatalog catalog) {
        if (used < 0) used = ordered.size();
        for (int i = 0; i < ordered.size(); i++) {
            RateKey k = ordered.get(i);
            if (k.id() == null || k.provenance() == null || !k.provenance().isEstimated()) continue;
            Estimate e = catalog.estimate(k.id()).orElse(null);
            if (e == null) continue;
            RateId.Figure own = k.id().in(catalog).orElse(null);
            if (own == null || own.usd().compareTo(k.unitPrice()) != 0) continue;
            // a catalog with imported base rates may hold an estimate its formula no longer gives: keep it a figure
            if (e.evaluate(catalog).filter(v -> v.compareTo(own.usd()) == 0).isEmpty()) continue;
            List<RateId.Figure> bases = new ArrayList<>();
            for (Estimate.Term t : e.terms()) {
                RateId.Figure f = t.base().in(catalog).orElse(null);
                if (f == null) break;
                bases.add(f);
            }
            if (bases.size() != e.terms().size()) continue;
            for (int t = 0; t < bases.size(); t++) {
                RateId base = e.terms().get(t).base();
                if (!byId.containsKey(base)) rowOf(baseKey(base, bases.get(t)));
            }
            estimates.put(firstRow + i, e);
        }
    }

    /** A base rate no line cites, named as the catalog keeps it. */
    private static RateKey baseKey(RateId id, RateId.Figure f) {
        String type = id.key();
        return switch (id.kind()) {
            case ON_DEMAND -> new RateKey("ec2", type + " On-Demand", id.region(), "per instance-hour", f.usd(), f.provenance(), id);
            case SPOT -> new RateKey("ec2", type + " Spot", id.region(), "per instance-hour", f.usd(), f.provenance(), id);
            case RESERVED -> RateId.UPFRONT.equals(id.figure())
                    ? new RateKey("ec2", type + " RI " + id.offer().replace('/', ' ') + ": upfront for the term", id.region(),
                            "per instance, once per term", f.usd(), f.provenance(), id)
                    : new RateKey("ec2", type + " RI " + id.offer().replace('/', ' '), id.region(), "per instance-hour",
                            f.usd(), f.provenance(), id);
            case SAVINGS_PLAN -> new RateKey("ec2", type + " Savings Plan " + id.offer().replace('/', ' '), id.region(),
                    "per instance-hour", f.usd(), f.provenance(), id);
            case SERVICE, SERVICE_PLAN -> new RateKey(type.substring(0, type.indexOf('/')),
                    type.substring(type.indexOf('/') + 1).replace('_', ' ') + (id.offer() == null ? "" : " " + id.offer()),
                    id.region(), "per " + f.unit(), f.usd(), f.provenance(), id);
        };
    }

    /** The row of catalog figure {@code id}; null when it has none. */
    Integer rowOf(RateId id) { return byId.get(id); }

    /** The estimate the rate on {@code row} is, when it is written as its formula. */
    Estimate estimate(int row) { return estimates.get(row); }

    List<RateKey> rates() { return ordered; }

    /** The rates the lines cite, without the bases added for estimates. */
    List<RateKey> usedRates() { return used < 0 ? ordered : ordered.subList(0, used); }

    int firstRow() { return firstRow; }

    int lastRow() { return firstRow + Math.max(ordered.size(), 1) - 1; }
}
