package dev.costbench.catalog.reference;

import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.Provenance;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.Term;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reserved Instance offers for us-east-1 Linux. m5.large's twelve offers are published (2021 price list);
 * they are the pattern every estimate follows. Other types get a 1-year Standard All Upfront effective
 * hourly (published 2023-08 where the type's On-Demand is unchanged since, else On-Demand × the generation's
 * measured ratio), and each other offer is m5.large's offer scaled by that effective ÷ m5.large's.
 */
final class ReservedOffers {
    static final String M5_FILE = "ec2_reserved_m5.large_us-east-1_pricelist.csv";
    static final String X2IEDN_FILE = "ec2_x2iedn.32xlarge_allregions_od_ri_spot_ec2instances.csv";
    static final String REGION = "us-east-1";
    static final String PATTERN_TYPE = "m5.large";
    static final String X2IEDN = "x2iedn.32xlarge";

    static final ReservedKey ANCHOR = new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT);

    private final Map<ReservedKey, ReservedRate> pattern = new LinkedHashMap<>();
    private final BigDecimal patternOnDemand;
    private final BigDecimal anchorEffective;
    private final ReferenceTable snapshot;
    private final ReferenceTable x2iedn;
    private final GenerationRatios ratios;
    private final SourceTable sources;
    private int publishedAnchors;
    private int estimatedTypes;
    private int fromNoUpfrontOnly;

    ReservedOffers(ReferenceTable m5, ReferenceTable snapshot, ReferenceTable x2iedn, GenerationRatios ratios,
                   SourceTable sources) {
        this.snapshot = snapshot;
        this.x2iedn = x2iedn;
        this.ratios = ratios;
        this.sources = sources;
        Provenance source = sources.published("ec2-reserved-m5.large-2021",
                "AWS Price List GetProducts record for m5.large Linux shared tenancy in us-east-1, price list version "
                        + "20210205204500 (as kept in amazon-ec2-instance-selector's test data); its On-Demand price "
                        + "$0.096 equals the 2026-07-20 price", "2021-02-05");
        BigDecimal od = null;
        for (Map<String, String> row : m5.rows()) {
            ReservedKey key = key(row.get("lease_contract_length"), row.get("offering_class"), row.get("purchase_option"));
            pattern.put(key, new ReservedRate(m5.decimal(row, "upfront_usd"), m5.decimal(row, "hourly_usd"), source));
            od = m5.decimal(row, "ondemand_hourly_usd");
        }
        if (pattern.size() != 12) throw new IllegalStateException(M5_FILE + ": expected 12 offers, found " + pattern.size());
        this.patternOnDemand = od;
        this.anchorEffective = effective(pattern.get(ANCHOR), ANCHOR.term());
    }

    /** m5.large's twelve published offers, the pattern of every estimate. */
    Map<ReservedKey, ReservedRate> pattern() { return pattern; }

    BigDecimal patternOnDemand() { return patternOnDemand; }

    /** upfront ÷ hours of the term + hourly. */
    static BigDecimal effective(ReservedRate r, Term term) {
        return Rounding.divide(r.upfront(), BigDecimal.valueOf(term.hours())).add(r.hourly());
    }

    int publishedAnchors() { return publishedAnchors; }

    int estimatedTypes() { return estimatedTypes; }

    /** Types whose every offer comes from their published No Upfront rates (no published 2023 anchor). */
    int fromNoUpfrontOnly() { return fromNoUpfrontOnly; }

    /**
     * Adds the twelve offers of every type with an On-Demand price in us-east-1 but those in
     * {@code fromNoUpfront}, whose offers come from their published No Upfront rates
     * ({@link RegionalReservedOffers}); of those, only a published 2023 1y Standard All Upfront figure is added,
     * replacing that offer's estimate (a published figure beats an estimate).
     */
    void addTo(PriceCatalog.Builder b, Map<String, BigDecimal> onDemand, Set<String> fromNoUpfront) {
        BigDecimal currentPatternOd = onDemand.get(PATTERN_TYPE);
        if (currentPatternOd == null || currentPatternOd.compareTo(patternOnDemand) != 0)
            throw new IllegalStateException("m5.large On-Demand is " + currentPatternOd + ", not the price list's "
                    + patternOnDemand + ": the 2021 Reserved offers no longer describe today's prices");
        Map<String, Map<String, String>> snapshotRows = new LinkedHashMap<>();
        snapshot.rows().forEach(r -> snapshotRows.put(r.get("instance_type"), r));

        onDemand.forEach((type, od) -> {
            if (type.equals(PATTERN_TYPE)) {
                pattern.forEach((k, r) -> b.reserved(REGION, type, k, r));
            } else if (type.equals(X2IEDN)) {
                addX2iedn(b, od);
            } else {
                Map<String, String> row = snapshotRows.get(type);
                boolean anchored = row != null && isPublishedAnchor(row, od);
                if (fromNoUpfront.contains(type)) {
                    if (anchored) addAnchor(b, type, snapshot.decimal(row, GenerationRatios.RI_COLUMN));
                    else fromNoUpfrontOnly++;
                } else if (anchored) addFromPublished(b, type, snapshot.decimal(row, GenerationRatios.RI_COLUMN));
                else addEstimated(b, type, od);
            }
        });
    }

    /** The 2023 figure still holds when the type's On-Demand price has not changed since. */
    private boolean isPublishedAnchor(Map<String, String> row, BigDecimal odNow) {
        BigDecimal ri = snapshot.decimal(row, GenerationRatios.RI_COLUMN);
        return ri.signum() > 0 && snapshot.decimal(row, GenerationRatios.OD_COLUMN).compareTo(odNow) == 0;
    }

    private void addFromPublished(PriceCatalog.Builder b, String type, BigDecimal anchor) {
        addAnchor(b, type, anchor);
        Provenance scaled = sources.estimated("ec2-reserved-scaled-from-published",
                "Estimate from the type's published 2023-08 1-year Standard All Upfront rate and m5.large's published offers",
                "2023-08-30",
                "each offer = m5.large's offer (upfront and hourly) × (this type's published 1y Standard All Upfront "
                        + "effective hourly ÷ m5.large's $494 / 8760 h); upfront rounded to the cent, hourly to 6 significant digits");
        pattern.keySet().forEach(key -> {
            if (!key.equals(ANCHOR)) b.reserved(REGION, type, key, scaledFromAnchor(key, anchor, scaled));
        });
    }

    /**
     * Offer {@code key} of a type whose 1y Standard All Upfront effective hourly is {@code anchor}: m5.large's offer
     * × (anchor ÷ m5.large's). Kept as a figure, not a {@link Derivation}: the catalog holds the anchor only as an
     * upfront rounded to the cent, and the formula over that rounded figure gives other figures (docs/pricing-data.md).
     */
    ReservedRate scaledFromAnchor(ReservedKey key, BigDecimal anchor, Provenance p) {
        BigDecimal factor = Rounding.divide(anchor, anchorEffective);
        ReservedRate m5 = pattern.get(key);
        return new ReservedRate(Rounding.cents(m5.upfront().multiply(factor)), Rounding.sixDigits(m5.hourly().multiply(factor)), p);
    }

    /** The published 2023-08 1y Standard All Upfront offer alone. */
    private void addAnchor(PriceCatalog.Builder b, String type, BigDecimal anchor) {
        publishedAnchors++;
        Provenance published = sources.published("ec2-reserved-1y-standard-all-upfront-2023-08",
                "1-year Standard All Upfront effective hourly for us-east-1 Linux, snapshot of 2023-08-30 "
                        + "(ec2-instances-info generated data); used only where the type's 2023 On-Demand price equals "
                        + "its 2026-07-20 price. Upfront = effective × 8760 h, rounded to the cent; hourly 0", "2023-08-30");
        b.reserved(REGION, type, ANCHOR, new ReservedRate(Rounding.cents(anchor.multiply(BigDecimal.valueOf(8760))),
                BigDecimal.ZERO, published));
    }

    private void addEstimated(PriceCatalog.Builder b, String type, BigDecimal od) {
        estimatedTypes++;
        GenerationRatios.Group g = ratios.groupFor(type);
        Provenance p = sources.estimated("ec2-reserved-estimated-" + g.id(),
                "Estimate from the 2026-07-20 On-Demand price, the 1y Standard All Upfront / On-Demand ratio measured in "
                        + "the 2023-08 us-east-1 snapshot, and m5.large's published offers (price list 20210205204500)",
                "2026-07-20",
                "1y Standard All Upfront effective hourly = On-Demand × " + g.ratio().toPlainString() + " (" + g.explanation()
                        + "); each offer = m5.large's offer (upfront and hourly) × (that effective ÷ m5.large's $494 / 8760 h); "
                        + "upfront rounded to the cent, hourly to 6 significant digits", ratioFormula(g.ratio()));
        ByRule.Bases bases = ByRule.only(RateId.onDemand(REGION, type), od);
        pattern.keySet().forEach(key -> b.reserved(REGION, type, key, ByRule.reserved(p, REGION, type, key, bases)));
    }

    /**
     * The generation-ratio rule as a formula per offer and figure: On-Demand × ratio × m5.large's figure ÷ m5.large's
     * anchor effective hourly, written with exact decimals as × (ratio × figure × hours) ÷ (anchor upfront + anchor
     * hourly × hours). Figures that are zero in m5.large's offer stay zero.
     */
    private Derivation ratioFormula(BigDecimal ratio) {
        ReservedRate anchor = pattern.get(ANCHOR);
        BigDecimal hours = BigDecimal.valueOf(ANCHOR.term().hours());
        BigDecimal per = anchor.upfront().add(anchor.hourly().multiply(hours));
        Map<String, Derivation.Formula> formulas = new java.util.TreeMap<>();
        pattern.forEach((key, m5) -> {
            if (m5.upfront().signum() > 0)
                formulas.put(key.key() + ":" + RateId.UPFRONT, Derivation.Formula.of(Derivation.Round.CENTS,
                        new Derivation.Part("onDemand:{region}:{key}", ratio.multiply(m5.upfront()).multiply(hours), per)));
            if (m5.hourly().signum() > 0)
                formulas.put(key.key() + ":" + RateId.HOURLY, Derivation.Formula.of(Derivation.Round.SIX_DIGITS,
                        new Derivation.Part("onDemand:{region}:{key}", ratio.multiply(m5.hourly()).multiply(hours), per)));
        });
        return new Derivation("On-Demand × the generation's ratio, in m5.large's pattern", formulas);
    }

    /**
     * ec2instances.info publishes x2iedn.32xlarge's effective hourlies: All Upfront is all upfront and No
     * Upfront all hourly, so both are exact; Partial Upfront's split is not published and follows m5.large's.
     */
    private void addX2iedn(PriceCatalog.Builder b, BigDecimal odNow) {
        Provenance published = sources.published("ec2-reserved-x2iedn-ec2instances",
                "Reserved effective hourlies of x2iedn.32xlarge Linux us-east-1 from ec2instances.info's single-instance "
                        + "data. Its capture date is unknown (file committed 2025-06-11 to 2026-07-22); it is dated by its "
                        + "On-Demand price $26.676, which equals the 2026-07-20 price. All Upfront: upfront = effective × "
                        + "hours of the term; No Upfront: hourly = effective", "2026-07-20");
        Provenance split = sources.estimated("ec2-reserved-x2iedn-partial-split",
                "Published x2iedn.32xlarge Partial Upfront effective hourly (ec2instances.info) with an estimated "
                        + "upfront/hourly split", "2026-07-20",
                "upfront = effective × hours of the term × m5.large's upfront share of the same offer "
                        + "(m5.large upfront ÷ (m5.large effective × hours)); hourly = effective × (1 − that share); "
                        + "upfront rounded to the cent, hourly to 6 significant digits");
        int found = 0;
        for (Map<String, String> row : x2iedn.rows()) {
            if (!REGION.equals(row.get("region")) || !"linux".equals(row.get("os"))) continue;
            String kind = row.get("price_kind");
            if (!kind.equals("ondemand") && !kind.equals("reserved")) continue;
            BigDecimal value = x2iedn.decimal(row, "value_usd_per_hour_or_label");
            if (kind.equals("ondemand")) {
                if (value.compareTo(odNow) != 0)
                    throw new IllegalStateException(X2IEDN_FILE + ": On-Demand " + value + " differs from today's " + odNow);
                continue;
            }
            ReservedKey key = key(row.get("lease_contract_length"), row.get("offering_class"), row.get("purchase_option"));
            BigDecimal hours = BigDecimal.valueOf(key.term().hours());
            ReservedRate rate = switch (key.payment()) {
                case ALL_UPFRONT -> new ReservedRate(Rounding.cents(value.multiply(hours)), BigDecimal.ZERO, published);
                case NO_UPFRONT -> new ReservedRate(BigDecimal.ZERO, value, published);
                case PARTIAL_UPFRONT -> {
                    ReservedRate m5 = pattern.get(key);
                    BigDecimal share = Rounding.divide(m5.upfront(), effective(m5, key.term()).multiply(hours));
                    yield new ReservedRate(Rounding.cents(value.multiply(hours).multiply(share)),
                            Rounding.sixDigits(value.multiply(BigDecimal.ONE.subtract(share))), split);
                }
            };
            b.reserved(REGION, X2IEDN, key, rate);
            found++;
        }
        if (found != 12) throw new IllegalStateException(X2IEDN_FILE + ": expected 12 us-east-1 Linux offers, found " + found);
    }

    static ReservedKey key(String lease, String offeringClass, String purchaseOption) {
        Term term = switch (lease) {
            case "1yr" -> Term.ONE_YEAR;
            case "3yr" -> Term.THREE_YEAR;
            default -> throw new IllegalStateException("unknown lease length " + lease);
        };
        OfferingClass c = OfferingClass.fromKey(offeringClass);
        Payment p = Payment.fromKey(purchaseOption);
        if (c == null || p == null) throw new IllegalStateException("unknown offer " + offeringClass + " / " + purchaseOption);
        return new ReservedKey(term, c, p);
    }
}
