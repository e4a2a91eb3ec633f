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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;

/**
 * Reserved Instance offers from the published No Upfront rates (AWS's pricing-page feeds, 2025-04), in every
 * region including us-east-1; Partial and All Upfront are not published, and follow m5.large's published
 * us-east-1 offers of the same term and class, scaled by the type's No Upfront rate ÷ m5.large's.
 */
final class RegionalReservedOffers {
    static final String FILE = "ec2_reserved_linux_noupfront_allregions_pricingpage_2025-04.csv";
    static final String AS_OF = "2025-04-05";

    private final ReferenceTable table;
    private final ReservedOffers pattern;
    private final Provenance published;
    private final Provenance estimated;
    private int publishedRates;
    private int staleRates;
    private Map<String, List<Map<String, String>>> byRegion;

    RegionalReservedOffers(ReferenceTable table, ReservedOffers pattern, SourceTable sources) {
        this.table = table;
        this.pattern = pattern;
        this.published = sources.published("ec2-reserved-no-upfront-2025-04",
                "AWS Reserved Instance No Upfront hourly rates (Linux/UNIX, shared tenancy; standard and convertible, "
                        + "1 and 3 years) from AWS's pricing-page feeds as kept by ec2.shop (committed 2025-04-05; the "
                        + "feeds carry no publication date); used where the feed's On-Demand price equals the catalog's",
                AS_OF);
        this.estimated = sources.estimated("ec2-reserved-upfront-estimated-2025-04",
                "Estimate from the type's published 2025-04 No Upfront rate and m5.large's published us-east-1 offers "
                        + "(price list 20210205204500); AWS's feeds for Partial and All Upfront were not available",
                AS_OF,
                "each Partial or All Upfront offer = m5.large's offer of the same term and class (upfront and hourly) × "
                        + "(this type's published No Upfront hourly ÷ m5.large's No Upfront hourly of that term and class); "
                        + "upfront rounded to the cent, hourly to 6 significant digits",
                formula(pattern));
    }

    /**
     * The rule as a formula per offer and figure: the type's published No Upfront hourly of the same term and class ×
     * m5.large's figure ÷ m5.large's No Upfront hourly (figures that are zero in m5.large's offer stay zero).
     */
    private static Derivation formula(ReservedOffers pattern) {
        Map<String, Derivation.Formula> formulas = new TreeMap<>();
        pattern.pattern().forEach((key, m5) -> {
            if (key.payment() == Payment.NO_UPFRONT) return;
            ReservedKey nu = new ReservedKey(key.term(), key.offeringClass(), Payment.NO_UPFRONT);
            BigDecimal per = pattern.pattern().get(nu).hourly();
            String base = "reserved:{region}:{key}:" + nu.key() + ":" + RateId.HOURLY;
            if (m5.upfront().signum() > 0)
                formulas.put(key.key() + ":" + RateId.UPFRONT, Derivation.Formula.of(Derivation.Round.CENTS,
                        new Derivation.Part(base, m5.upfront(), per)));
            if (m5.hourly().signum() > 0)
                formulas.put(key.key() + ":" + RateId.HOURLY, Derivation.Formula.of(Derivation.Round.SIX_DIGITS,
                        new Derivation.Part(base, m5.hourly(), per)));
        });
        return new Derivation("m5.large's offer scaled by the No Upfront rate", formulas);
    }

    /** Adds the offers of every type in {@code region} whose No Upfront rates are published and current. */
    void addTo(PriceCatalog.Builder b, String region, Map<String, BigDecimal> onDemand) {
        addTo(b, region, onDemand, Set.of(), false);
    }

    /**
     * As {@link #addTo(PriceCatalog.Builder, String, Map)}, leaving out the types in {@code except}, and, when
     * {@code completeOnly}, the types without all four No Upfront rates (they follow another rule whole).
     * Returns the types added.
     */
    Set<String> addTo(PriceCatalog.Builder b, String region, Map<String, BigDecimal> onDemand, Set<String> except,
                      boolean completeOnly) {
        Set<String> added = new TreeSet<>();
        for (Map.Entry<String, Map<ReservedKey, BigDecimal>> e : noUpfront(region, onDemand).entrySet()) {
            if (except.contains(e.getKey()) || (completeOnly && e.getValue().size() < 4)) continue;
            added.add(e.getKey());
            e.getValue().forEach((key, hourly) -> {
                b.reserved(region, e.getKey(), key, new ReservedRate(BigDecimal.ZERO, hourly, published));
                publishedRates++;
                for (Payment p : List.of(Payment.PARTIAL_UPFRONT, Payment.ALL_UPFRONT)) {
                    ReservedKey k = new ReservedKey(key.term(), key.offeringClass(), p);
                    b.reserved(region, e.getKey(), k, scaled(region, e.getKey(), k, hourly));
                }
            });
        }
        return added;
    }

    /**
     * Offer {@code key} of a type whose No Upfront hourly of the same term and class is {@code noUpfrontHourly}, by
     * the rule's formula: m5.large's offer × (that hourly ÷ m5.large's No Upfront hourly).
     */
    ReservedRate scaled(ReservedKey key, BigDecimal noUpfrontHourly) {
        return scaled(ANY_REGION, ANY_TYPE, key, noUpfrontHourly);
    }

    /** The rule is the same everywhere: a stand-in region and type for figures that are not the catalog's. */
    private static final String ANY_REGION = "any-region", ANY_TYPE = "any-type";

    private ReservedRate scaled(String region, String type, ReservedKey key, BigDecimal noUpfrontHourly) {
        RateId base = RateId.reserved(region, type, new ReservedKey(key.term(), key.offeringClass(), Payment.NO_UPFRONT), false);
        return ByRule.reserved(estimated, region, type, key, ByRule.only(base, noUpfrontHourly));
    }

    /** type → the four published No Upfront hourlies, leaving out rows whose On-Demand differs from the catalog's. */
    private Map<String, Map<ReservedKey, BigDecimal>> noUpfront(String region, Map<String, BigDecimal> onDemand) {
        Map<String, Map<ReservedKey, BigDecimal>> out = new TreeMap<>();
        for (Map<String, String> row : rows(region)) {
            String type = row.get("instance_type");
            BigDecimal od = onDemand.get(type);
            if (od == null || od.compareTo(table.decimal(row, "ondemand_usd_per_hour")) != 0) {
                staleRates++; // a rate set against another On-Demand price no longer describes today's offer
                continue;
            }
            out.computeIfAbsent(type, t -> new TreeMap<>(Comparator.comparing(ReservedKey::key)))
                    .put(key(row), table.decimal(row, "usd_per_hour"));
        }
        return out;
    }

    /** The table's rows by region, grouped on first use. */
    private List<Map<String, String>> rows(String region) {
        if (byRegion == null) {
            byRegion = new TreeMap<>();
            for (Map<String, String> row : table.rows())
                byRegion.computeIfAbsent(row.get("region"), r -> new ArrayList<>()).add(row);
        }
        return byRegion.getOrDefault(region, List.of());
    }

    private ReservedKey key(Map<String, String> row) {
        Term term = switch (row.get("lease_term")) {
            case "1yr" -> Term.ONE_YEAR;
            case "3yr" -> Term.THREE_YEAR;
            default -> throw new IllegalStateException(FILE + ": unknown lease term " + row.get("lease_term"));
        };
        OfferingClass c = OfferingClass.fromKey(row.get("offering_class"));
        if (c == null || !"No Upfront".equals(row.get("purchase_option")))
            throw new IllegalStateException(FILE + ": unexpected offer " + row);
        return new ReservedKey(term, c, Payment.NO_UPFRONT);
    }

    /**
     * The rule's error where AWS's figures are known: x2iedn.32xlarge's published Partial and All Upfront
     * effective hourlies outside us-east-1, against the rule applied to its published No Upfront rates.
     * Returns each check's error, (estimate − published) ÷ published.
     */
    List<BigDecimal> measuredErrors(ReferenceTable x2iedn) {
        Map<String, Map<ReservedKey, BigDecimal>> effective = new TreeMap<>();
        for (Map<String, String> row : x2iedn.rows()) {
            if (!"linux".equals(row.get("os")) || !"reserved".equals(row.get("price_kind"))
                    || ReservedOffers.REGION.equals(row.get("region"))) continue;
            effective.computeIfAbsent(row.get("region"), r -> new HashMap<>())
                    .put(ReservedOffers.key(row.get("lease_contract_length"), row.get("offering_class"), row.get("purchase_option")),
                            x2iedn.decimal(row, "value_usd_per_hour_or_label"));
        }
        List<BigDecimal> errors = new ArrayList<>();
        effective.forEach((region, offers) -> offers.forEach((key, published) -> {
            if (key.payment() == Payment.NO_UPFRONT) return;
            BigDecimal noUpfront = offers.get(new ReservedKey(key.term(), key.offeringClass(), Payment.NO_UPFRONT));
            if (noUpfront == null) return;
            BigDecimal estimate = ReservedOffers.effective(scaled(key, noUpfront), key.term());
            errors.add(Rounding.divide(estimate.subtract(published), published));
        }));
        return errors;
    }

    int publishedRates() { return publishedRates; }

    int staleRates() { return staleRates; }
}
