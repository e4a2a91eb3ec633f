package dev.costbench.catalog;

import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Which catalog figure a rate is: its kind, region, instance type or {@code service/dimension} key, and for offers
 * the offer key and (Reserved Instances) the figure, upfront or hourly. Text form {@code kind:region:key[:offer[:figure]]},
 * e.g. {@code reserved:us-east-1:m5.xlarge:1y/standard/no-upfront:hourly}; an estimate's derivation names its base
 * rates this way (docs/pricing-data.md, "Estimates as formulas").
 */
public record RateId(Kind kind, String region, String key, String offer, String figure) {
    public enum Kind {
        ON_DEMAND("onDemand"), RESERVED("reserved"), SAVINGS_PLAN("savingsPlan"), SPOT("spot"),
        SERVICE("service"), SERVICE_PLAN("servicePlan");

        private final String text;

        Kind(String text) { this.text = text; }

        public String text() { return text; }

        static Kind fromText(String s) {
            for (Kind k : values()) if (k.text.equals(s)) return k;
            return null;
        }
    }

    public static final String UPFRONT = "upfront", HOURLY = "hourly";

    // written out rather than the record's own (method handles, slow until compiled): a workbook export looks ids up
    // once per line
    @Override
    public int hashCode() {
        int h = java.util.Objects.hashCode(kind);
        h = 31 * h + java.util.Objects.hashCode(region);
        h = 31 * h + java.util.Objects.hashCode(key);
        h = 31 * h + java.util.Objects.hashCode(offer);
        return 31 * h + java.util.Objects.hashCode(figure);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RateId r && kind == r.kind && java.util.Objects.equals(region, r.region)
                && java.util.Objects.equals(key, r.key)
                && java.util.Objects.equals(offer, r.offer) && java.util.Objects.equals(figure, r.figure);
    }

    public static RateId onDemand(String region, String type) { return new RateId(Kind.ON_DEMAND, region, type, null, null); }

    public static RateId spot(String region, String type) { return new RateId(Kind.SPOT, region, type, null, null); }

    public static RateId reserved(String region, String type, ReservedKey k, boolean upfront) {
        return new RateId(Kind.RESERVED, region, type, k.key(), upfront ? UPFRONT : HOURLY);
    }

    public static RateId savingsPlan(String region, String type, SavingsPlanKey k) {
        return new RateId(Kind.SAVINGS_PLAN, region, type, k.key(), null);
    }

    public static RateId service(String region, String service, String dimension) {
        return new RateId(Kind.SERVICE, region, service + "/" + dimension, null, null);
    }

    public static RateId servicePlan(String region, String service, String dimension, SavingsPlanKey k) {
        return new RateId(Kind.SERVICE_PLAN, region, service + "/" + dimension, k.key(), null);
    }

    /** What selects an estimate's parts in its derivation: the offer (with the figure) for offers, else the key. */
    String selector() { return offer == null ? key : figure == null ? offer : offer + ":" + figure; }

    public String text() {
        return kind.text + ":" + region + ":" + key + (offer == null ? "" : ":" + offer + (figure == null ? "" : ":" + figure));
    }

    /** The id in {@link #text()} form, or null when the text is not one. */
    public static RateId parse(String s) {
        String[] p = s.split(":", -1);
        if (p.length < 3 || p.length > 5) return null;
        Kind k = Kind.fromText(p[0]);
        if (k == null || p[1].isEmpty() || p[2].isEmpty()) return null;
        String offer = p.length > 3 ? p[3] : null, figure = p.length > 4 ? p[4] : null;
        boolean offerKind = k == Kind.RESERVED || k == Kind.SAVINGS_PLAN || k == Kind.SERVICE_PLAN;
        if (offerKind != (offer != null)) return null;
        if ((k == Kind.RESERVED) != (figure != null)) return null;
        if (figure != null && !figure.equals(UPFRONT) && !figure.equals(HOURLY)) return null;
        if (k == Kind.RESERVED && ReservedKey.parse(offer) == null) return null;
        if ((k == Kind.SAVINGS_PLAN || k == Kind.SERVICE_PLAN) && SavingsPlanKey.parse(offer) == null) return null;
        if ((k == Kind.SERVICE || k == Kind.SERVICE_PLAN) && !p[2].contains("/")) return null;
        return new RateId(k, p[1], p[2], offer, figure);
    }

    /** The figure this id names in {@code c}, with its provenance; empty when the catalog has none. */
    public Optional<Figure> in(PriceCatalog c) {
        return switch (kind) {
            case ON_DEMAND -> c.onDemand(region, key).map(r -> new Figure(r.usd(), r.unit(), r.provenance()));
            case SPOT -> c.spot(region, key).map(r -> new Figure(r.hourly(), "hour", r.provenance()));
            case RESERVED -> c.reserved(region, key, ReservedKey.parse(offer)).map(r -> UPFRONT.equals(figure)
                    ? new Figure(r.upfront(), "term", r.provenance()) : new Figure(r.hourly(), "hour", r.provenance()));
            case SAVINGS_PLAN -> c.ec2SavingsPlan(region, key, SavingsPlanKey.parse(offer))
                    .map(r -> new Figure(r.usd(), r.unit(), r.provenance()));
            case SERVICE -> c.serviceRate(region, service(), dimension()).map(r -> new Figure(r.usd(), r.unit(), r.provenance()));
            case SERVICE_PLAN -> c.serviceSavingsPlan(region, service(), dimension(), SavingsPlanKey.parse(offer))
                    .map(r -> new Figure(r.usd(), r.unit(), r.provenance()));
        };
    }

    private String service() { return key.substring(0, key.indexOf('/')); }

    private String dimension() { return key.substring(key.indexOf('/') + 1); }

    /** One catalog figure: USD, its unit as the catalog keeps it, and where it comes from. */
    public record Figure(BigDecimal usd, String unit, Provenance provenance) {}
}
