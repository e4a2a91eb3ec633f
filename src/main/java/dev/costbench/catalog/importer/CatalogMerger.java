package dev.costbench.catalog.importer;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.catalog.SpotRate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges imported rates into a catalog. A published rate replaces an estimate; a published rate replaces an
 * older published one; a rate never replaces one published later; an estimate never replaces a published
 * rate. Spot Advisor estimates are priced last, from the merged catalog's On-Demand rates.
 */
final class CatalogMerger {
    private enum Outcome { ADDED, ESTIMATE_REPLACED, UPDATED, CONFIRMED, UNCHANGED, KEPT }

    private final PriceCatalog base;
    private final ImportedRates in;
    private int added, updated, confirmed, estimatesReplaced, kept, unchanged, spotEstimates, typesAdded;
    private final List<String> regionsAdded = new ArrayList<>();
    private final List<ChangeSummary.Offer> offers = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private CatalogMerger(PriceCatalog base, ImportedRates in) {
        this.base = base;
        this.in = in;
    }

    record Result(PriceCatalog catalog, ChangeSummary summary) {}

    static Result merge(PriceCatalog base, ImportedRates in, List<String> files, List<String> planNotes) {
        CatalogMerger m = new CatalogMerger(base, in);
        PriceCatalog merged = m.mergeSpot(m.deriveLambdaTiers(m.mergePublished()));
        m.notes.addAll(planNotes);
        m.notes.addAll(in.notes);
        return new Result(merged, new ChangeSummary(files, m.regionsAdded, m.added, m.updated, m.confirmed,
                m.estimatesReplaced, m.kept, m.unchanged, m.spotEstimates, m.typesAdded, m.offers, m.notes));
    }

    private PriceCatalog mergePublished() {
        PriceCatalog.Builder b = base.toBuilder();
        in.sources.forEach(b::source);
        in.instanceTypes.values().stream().filter(t -> base.instanceType(t.name()).isEmpty()).forEach(t -> {
            b.instanceType(t);
            typesAdded++;
        });
        String newest = base.asOf() == null ? "" : base.asOf();
        for (var e : in.regions.entrySet()) {
            String region = e.getKey();
            ImportedRates.RegionRates r = e.getValue();
            if (!base.hasRegion(region)) regionsAdded.add(region);
            b.region(region);
            Set<String> taken = new TreeSet<>(); // offer keys some of whose imported rates went in
            r.onDemand.forEach((type, rate) -> {
                if (take(base.onDemand(region, type).map(x -> new Seen(x.provenance(), x.usd())), seen(rate), CatalogOffers.EC2, taken)) {
                    b.onDemand(region, type, rate);
                }
            });
            r.reserved.forEach((type, m) -> m.forEach((key, rate) -> {
                Optional<Seen> old = base.reserved(region, type, key).map(x -> new Seen(x.provenance(), x.upfront(), x.hourly()));
                if (take(old, new Seen(rate.provenance(), rate.upfront(), rate.hourly()), CatalogOffers.EC2_RESERVED, taken)) {
                    b.reserved(region, type, key, rate);
                }
            }));
            r.ec2SavingsPlans.forEach((type, m) -> m.forEach((key, rate) -> {
                if (take(base.ec2SavingsPlan(region, type, key).map(x -> new Seen(x.provenance(), x.usd())), seen(rate),
                        CatalogOffers.SAVINGS_PLANS, taken)) {
                    b.ec2SavingsPlan(region, type, key, rate);
                }
            }));
            r.spot.forEach((type, rate) -> {
                Optional<SpotRate> old = base.spot(region, type);
                if (take(old.map(x -> new Seen(x.provenance(), x.hourly())), new Seen(rate.provenance(), rate.hourly()),
                        CatalogOffers.EC2_SPOT, taken)) {
                    // the price history has no interruption bucket: keep the advisor's
                    b.spot(region, type, old.filter(o -> o.interruptionBucket() >= 0 && rate.interruptionBucket() < 0)
                            .map(o -> new SpotRate(rate.hourly(), o.interruptionBucket(), o.interruptionLabel(), rate.provenance()))
                            .orElse(rate));
                }
            });
            r.service.forEach((key, rate) -> {
                String[] sd = split(key);
                if (take(base.serviceRate(region, sd[0], sd[1]).map(x -> new Seen(x.provenance(), x.usd())), seen(rate), sd[0], taken)) {
                    b.serviceRate(region, sd[0], sd[1], rate);
                }
            });
            r.serviceSavingsPlans.forEach((key, m) -> m.forEach((plan, rate) -> {
                String[] sd = split(key);
                if (take(base.serviceSavingsPlan(region, sd[0], sd[1], plan).map(x -> new Seen(x.provenance(), x.usd())), seen(rate),
                        CatalogOffers.SAVINGS_PLANS, taken)) {
                    b.serviceSavingsPlan(region, sd[0], sd[1], plan, rate);
                }
            }));
            // "prices as of" follows the rates: it moves to the file's date when the file's rates went in
            for (OfferInfo info : r.offers.values()) {
                OfferInfo old = base.offers(region).get(info.service());
                if (taken.contains(info.service())) {
                    b.offer(region, info);
                    offers.add(new ChangeSummary.Offer(region, info.service(), info.publicationDate(), info.version()));
                    if (info.publicationDate().compareTo(newest) > 0) newest = info.publicationDate();
                } else if (old != null) {
                    notes.add(region + " " + info.service() + ": kept the catalog's rates (" + old.publicationDate()
                            + "), which are newer than the file's (" + info.publicationDate() + ")");
                }
            }
        }
        return b.asOf(newest).build();
    }

    /**
     * AWS publishes one Savings Plans rate for Lambda duration, while duration is priced in three monthly tiers.
     * Tiers 2 and 3 get the same discount as tier 1 (their On-Demand rate × tier 1's plan rate ÷ its On-Demand
     * rate), as estimates, wherever a tier 1 plan rate was imported and the tier has no published plan rate.
     */
    private PriceCatalog deriveLambdaTiers(PriceCatalog merged) {
        PriceCatalog.Builder b = null;
        String[][] tiers = {
                {ServiceRates.LAMBDA_X86_TIER1, ServiceRates.LAMBDA_X86_TIER2, ServiceRates.LAMBDA_X86_TIER3},
                {ServiceRates.LAMBDA_ARM_TIER1, ServiceRates.LAMBDA_ARM_TIER2, ServiceRates.LAMBDA_ARM_TIER3}};
        for (var e : in.regions.entrySet()) {
            String region = e.getKey();
            for (String[] t : tiers) {
                var plans = e.getValue().serviceSavingsPlans.get(ServiceRates.LAMBDA + "/" + t[0]);
                Optional<Rate> od1 = merged.serviceRate(region, ServiceRates.LAMBDA, t[0]);
                if (plans == null || od1.isEmpty() || od1.get().usd().signum() == 0) continue;
                for (var plan : plans.entrySet()) {
                    Rate sp1 = plan.getValue();
                    for (int n = 1; n < t.length; n++) {
                        Optional<Rate> odN = merged.serviceRate(region, ServiceRates.LAMBDA, t[n]);
                        Optional<Rate> old = merged.serviceSavingsPlan(region, ServiceRates.LAMBDA, t[n], plan.getKey());
                        if (odN.isEmpty() || old.filter(r -> !r.provenance().isEstimated()).isPresent()) continue;
                        BigDecimal usd = odN.get().usd().multiply(sp1.usd()).divide(od1.get().usd(), MathContext.DECIMAL64)
                                .round(new MathContext(6)).stripTrailingZeros();
                        Provenance p = sp1.provenance();
                        Provenance derived = new Provenance(p.sourceId() + "/lambda-tiers", p.source()
                                + " and the region's Lambda duration tiers", p.asOf(), Basis.ESTIMATED,
                                "tier 2 and 3 Savings Plans rate = the tier's On-Demand rate × tier 1's Savings Plans "
                                        + "rate ÷ tier 1's On-Demand rate; to 6 significant digits");
                        if (b == null) b = merged.toBuilder();
                        b.source(derived.sourceId(), derived);
                        b.serviceSavingsPlan(region, ServiceRates.LAMBDA, t[n], plan.getKey(), new Rate(usd, sp1.unit(), derived));
                        if (old.isPresent()) updated++;
                        else added++;
                    }
                }
            }
        }
        return b == null ? merged : b.build();
    }

    private PriceCatalog mergeSpot(PriceCatalog merged) {
        if (in.spotAdvice.isEmpty()) return merged;
        PriceCatalog.Builder b = merged.toBuilder();
        int noOnDemand = 0;
        Set<String> estimatedRegions = new TreeSet<>();
        for (ImportedRates.SpotAdvice a : in.spotAdvice) {
            Optional<Rate> od = merged.onDemand(a.region(), a.instanceType());
            Optional<SpotRate> old = merged.spot(a.region(), a.instanceType());
            if (old.isPresent() && !old.get().provenance().isEstimated()) {
                // a published Spot price stays; the advisor still knows the interruption bucket
                SpotRate o = old.get();
                b.spot(a.region(), a.instanceType(), new SpotRate(o.hourly(), a.bucket(), a.label(), o.provenance()));
                continue;
            }
            if (od.isEmpty()) {
                noOnDemand++;
                continue;
            }
            BigDecimal factor = BigDecimal.ONE.subtract(a.savingsPercent().movePointLeft(2));
            BigDecimal hourly = od.get().usd().multiply(factor, MathContext.DECIMAL64).stripTrailingZeros();
            b.spot(a.region(), a.instanceType(), new SpotRate(hourly, a.bucket(), a.label(), a.provenance()));
            spotEstimates++;
            if (estimatedRegions.add(a.region())) {
                OfferInfo before = merged.offers(a.region()).get(a.offer().service());
                if (before == null || a.offer().publicationDate().compareTo(before.publicationDate()) >= 0) {
                    b.offer(a.region(), a.offer());
                    offers.add(new ChangeSummary.Offer(a.region(), a.offer().service(), a.offer().publicationDate(),
                            a.offer().version()));
                }
            }
        }
        if (noOnDemand > 0) {
            notes.add("Spot Advisor: " + noOnDemand + " region and type pairs have no On-Demand price; no Spot estimate for them");
        }
        return b.build();
    }

    /** A rate's provenance and the figures that make it up, to compare an old rate with a new one. */
    private record Seen(Provenance provenance, BigDecimal... figures) {}

    private static Seen seen(Rate r) { return new Seen(r.provenance(), r.usd()); }

    /** Counts the outcome; true when the incoming rate should replace what the catalog has. */
    private boolean take(Optional<Seen> old, Seen incoming, String offer, Set<String> taken) {
        Outcome o = outcome(old.orElse(null), incoming);
        if (o != Outcome.KEPT) taken.add(offer);
        switch (o) {
            case ADDED -> added++;
            case ESTIMATE_REPLACED -> estimatesReplaced++;
            case UPDATED -> updated++;
            case CONFIRMED -> confirmed++;
            case UNCHANGED -> unchanged++;
            case KEPT -> kept++;
        }
        return o != Outcome.KEPT && o != Outcome.UNCHANGED;
    }

    private static Outcome outcome(Seen old, Seen incoming) {
        if (old == null) return Outcome.ADDED;
        boolean oldEstimated = old.provenance().isEstimated();
        boolean newEstimated = incoming.provenance().isEstimated();
        if (oldEstimated && !newEstimated) return Outcome.ESTIMATE_REPLACED;
        if (!oldEstimated && newEstimated) return Outcome.KEPT;
        int newer = incoming.provenance().asOf().compareTo(old.provenance().asOf());
        if (newer < 0) return Outcome.KEPT;
        boolean samePrice = same(old.figures(), incoming.figures());
        if (samePrice) return newer > 0 ? Outcome.CONFIRMED : Outcome.UNCHANGED;
        return Outcome.UPDATED;
    }

    private static boolean same(BigDecimal[] a, BigDecimal[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i].compareTo(b[i]) != 0) return false;
        return true;
    }

    private static String[] split(String key) {
        int slash = key.indexOf('/');
        return new String[] {key.substring(0, slash), key.substring(slash + 1)};
    }
}
