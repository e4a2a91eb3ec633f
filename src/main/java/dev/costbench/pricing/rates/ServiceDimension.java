package dev.costbench.pricing.rates;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.pricing.Charge;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.RateGaps;
import dev.costbench.pricing.UnpricedLine;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.RateRef;
import dev.costbench.catalog.RateId;

import java.math.BigDecimal;

/**
 * One non-EC2 rate (e.g. Fargate Linux x86 vCPU-hour) in one region with its twelve Compute Savings Plan
 * rates, gathered once. Savings Plan slots for EC2 Instance plans stay empty: those plans cover EC2 only.
 */
public final class ServiceDimension {
    private final String service;
    private final String dimension;
    private final String region;
    private final Rate rate;
    private final MissingPrice missing;
    private final BigDecimal perMonth;
    private final PlanTerms[] plans = new PlanTerms[PurchaseOption.SavingsPlan.COUNT];
    private final MissingPrice[] missingPlans = new MissingPrice[PurchaseOption.SavingsPlan.COUNT];

    ServiceDimension(PriceCatalog catalog, String region, String service, String dimension) {
        this.service = service;
        this.dimension = dimension;
        this.region = region;
        this.rate = catalog.serviceRate(region, service, dimension).orElse(null);
        this.missing = new MissingPrice(region, service, dimension);
        this.perMonth = rate == null ? null : rate.usd().multiply(Money.HOURS_PER_MONTH);
        for (PurchaseOption o : PurchaseOption.ALL) {
            if (o instanceof PurchaseOption.SavingsPlan p) {
                int i = p.offset();
                plans[i] = catalog.serviceSavingsPlan(region, service, dimension, p.plan())
                        .map(r -> PlanTerms.of(p.plan(), r)).orElse(null);
                missingPlans[i] = new MissingPrice(region, PurchaseFamily.SAVINGS_PLAN.key(), p.plan().key() + " " + service + " " + dimension);
            }
        }
    }

    public String service() { return service; }

    public String dimension() { return dimension; }

    /** The pay-as-you-go rate; null when the catalog lacks it (report {@link #missing()}). */
    public Rate rate() { return rate; }

    public MissingPrice missing() { return missing; }

    /**
     * The last rate reference handed out per kind (pay-as-you-go, then per Savings Plan: recurring, upfront on usage,
     * upfront on capacity): blocks of a kind ask for the same name and unit again and again, so a reprice of thousands
     * of them reuses one reference instead of allocating one per line. A race only builds an equal one twice.
     */
    private final RateRef[] refs = new RateRef[1 + 3 * 12];

    private RateRef hit(int slot, String name, String unit) {
        RateRef r = refs[slot];
        return r != null && r.name().equals(name) && r.unit().equals(unit) ? r : null;
    }

    private RateRef keep(int slot, RateRef r) {
        refs[slot] = r;
        return r;
    }

    /** The pay-as-you-go rate as a line cites it, under the name and unit a reviewer reads; null when absent. */
    public RateRef rateRef(String name, String unit) {
        if (rate == null) return null;
        RateRef r = hit(0, name, unit);
        return r != null ? r : keep(0, RateRef.published(service, name, region, unit, rate.usd(), rate.provenance(),
                RateId.service(region, service, dimension)));
    }

    /**
     * A monthly line of {@code quantity} at the pay-as-you-go rate, or null when the catalog has no rate: then the
     * rate is missing when the quantity is not 0 or the line is {@code needed} even at 0 (a block's own fee, its first
     * tier); else the line awaits the rate in {@code gaps}, so the workbook marks it missing when an edit reaches it.
     * Never a line at $0. With the rate, a line of nothing is kept, so the workbook charges what an edit reaches.
     */
    public CostLine monthlyLine(String code, String description, Quantity quantity, String unit, String rateName,
                                String perUnit, boolean needed, RateGaps gaps) {
        if (rate == null) {
            if (!missing.reportWhenUsed(quantity.value(), needed, gaps::missing))
                gaps.awaiting(new UnpricedLine(code, description, quantity, unit, Charge.MONTHLY, missing));
            return null;
        }
        return CostLine.monthly(code, description, quantity, unit, rateRef(rateName, perUnit), rate.usd());
    }

    /** As {@link #monthlyLine}, for a quantity running every hour of the month (rate × 730 per unit). */
    public CostLine hourlyLine(String code, String description, Quantity quantity, String unit, String rateName,
                               String perUnit, RateGaps gaps) {
        if (rate == null) {
            if (!missing.reportWhenUsed(quantity.value(), false, gaps::missing))
                gaps.awaiting(new UnpricedLine(code, description, quantity, unit, Charge.HOURLY, missing));
            return null;
        }
        return CostLine.hourly(code, description, quantity, unit, rateRef(rateName, perUnit), rate.usd(), perMonth);
    }

    /**
     * The Savings Plan's terms for a monthly line of {@code quantity}, or null when the catalog lacks the plan's rate:
     * then the rate is missing, or the line awaits it, as in {@link #monthlyLine}.
     */
    public PlanTerms planFor(PurchaseOption.SavingsPlan option, String code, String description, Quantity quantity,
                             String unit, boolean needed, RateGaps gaps) {
        PlanTerms terms = plan(option);
        if (terms == null && !missingPlan(option).reportWhenUsed(quantity.value(), needed, gaps::missing))
            gaps.awaiting(new UnpricedLine(code, description, quantity, unit, Charge.MONTHLY, missingPlan(option)));
        return terms;
    }

    /** For hourly dimensions: one unit running all month, rate × 730. */
    public BigDecimal perMonth() { return perMonth; }

    /** The Savings Plan rate as a line on monthly usage cites it: the part paid as used (× ½ with partial upfront). */
    public RateRef planRateRef(PurchaseOption.SavingsPlan option, String name, String unit) {
        PlanTerms terms = plan(option);
        if (terms == null) return null;
        int slot = 1 + option.index() - 14;
        RateRef r = hit(slot, name, unit);
        return r != null ? r : keep(slot, RateRef.published(service, name, region, unit, terms.rate().usd(),
                terms.rate().provenance(), RateId.servicePlan(region, service, dimension, option.plan())).times(terms.recurringShare(), unit));
    }

    /** The Savings Plan rate as an upfront line on monthly usage cites it: the prepaid part × the term's months. */
    public RateRef planUpfrontRateRef(PurchaseOption.SavingsPlan option, String name, String unit) {
        PlanTerms terms = plan(option);
        if (terms == null) return null;
        int slot = 13 + option.index() - 14;
        RateRef r = hit(slot, name, unit);
        return r != null ? r : keep(slot, RateRef.published(service, name, region, unit, terms.rate().usd(),
                terms.rate().provenance(), RateId.servicePlan(region, service, dimension, option.plan())).times(terms.upfrontShare().multiply(BigDecimal.valueOf(terms.termMonths())), unit));
    }

    /** The Savings Plan rate as an upfront line on capacity running all month cites it: the prepaid part × the term's hours. */
    public RateRef planCapacityUpfrontRateRef(PurchaseOption.SavingsPlan option, String name, String unit) {
        PlanTerms terms = plan(option);
        if (terms == null) return null;
        int slot = 25 + option.index() - 14;
        RateRef r = hit(slot, name, unit);
        return r != null ? r : keep(slot, RateRef.published(service, name, region, unit, terms.rate().usd(),
                terms.rate().provenance(), RateId.servicePlan(region, service, dimension, option.plan())).times(terms.upfrontShare().multiply(BigDecimal.valueOf(option.plan().term().hours())), unit));
    }

    public PlanTerms plan(PurchaseOption.SavingsPlan option) { return plans[option.offset()]; }

    public MissingPrice missingPlan(PurchaseOption.SavingsPlan option) { return missingPlans[option.offset()]; }
}
