package dev.costbench.pricing.rates;

import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.catalog.SpotRate;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.Money;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.component.RateRef;
import dev.costbench.catalog.RateId;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Every rate of one instance type in one region, gathered once: On-Demand, Spot, the twelve Reserved
 * Instance offers and the twelve Savings Plan rates, each with the lookup to report when it is absent.
 * Arrays are indexed by {@link PurchaseOption#index()}, or by the offer's offset among the Reserved or Savings Plan options.
 */
public final class InstanceRates {
    private static final String SERVICE = "ec2";
    private static final String PER_HOUR = "per instance-hour", PER_TERM = "per instance, once per term";

    private final String type;
    private final InstanceType spec;
    private final Rate onDemand;
    private final SpotRate spot;
    private final BigDecimal onDemandPerMonth, spotPerMonth;
    private final ReservedTerms[] reserved = new ReservedTerms[PurchaseOption.Reserved.COUNT];
    private final PlanTerms[] plans = new PlanTerms[PurchaseOption.SavingsPlan.COUNT];
    private final MissingPrice[] missing = new MissingPrice[PurchaseOption.ALL.size()];
    private final MissingPrice missingSpec;
    private final String[] labels = new String[PurchaseOption.ALL.size()];
    private final String[] upfrontLabels = new String[PurchaseOption.ALL.size()];
    /** Per option: the rate of its recurring lines and of its upfront lines, as the workbook cites them. */
    private final RateRef[] refs = new RateRef[PurchaseOption.ALL.size()];
    private final RateRef[] upfrontRefs = new RateRef[PurchaseOption.ALL.size()];
    /** Per Savings Plan: the prepaid part of its rate for hours used over the term (Batch instance-hours). */
    private final RateRef[] usageUpfrontRefs = new RateRef[PurchaseOption.ALL.size()];

    InstanceRates(PriceCatalog catalog, String region, String type) {
        this(catalog, region, type, false);
    }

    /**
     * The rates of {@code type} as Dedicated Instances when {@code dedicated}: the catalog's Dedicated On-Demand rate
     * when it has one, else every rate estimated from the shared one by {@link DedicatedRates}; no Spot.
     */
    InstanceRates(PriceCatalog catalog, String region, String type, boolean dedicated) {
        this.type = type;
        this.spec = catalog.instanceType(type).orElse(null);
        this.missingSpec = new MissingPrice(region, SERVICE, "instance type " + type + " (vCPU and memory)");
        Rate shared = catalog.onDemand(region, type).orElse(null);
        this.onDemand = !dedicated ? shared : catalog.serviceRate(region, ServiceRates.EC2_DEDICATED, type)
                .orElseGet(() -> DedicatedRates.estimate(shared));
        this.spot = dedicated ? null : catalog.spot(region, type).orElse(null);
        RateId onDemandId = !dedicated ? RateId.onDemand(region, type)
                : catalog.serviceRate(region, ServiceRates.EC2_DEDICATED, type).isPresent()
                ? RateId.service(region, ServiceRates.EC2_DEDICATED, type) : null;
        this.onDemandPerMonth = onDemand == null ? null : onDemand.usd().multiply(Money.HOURS_PER_MONTH);
        this.spotPerMonth = spot == null ? null : spot.hourly().multiply(Money.HOURS_PER_MONTH);
        String what = dedicated ? "dedicated " + type : type;
        for (PurchaseOption o : PurchaseOption.ALL) {
            int i = o.index();
            labels[i] = (dedicated ? type + " Dedicated " : type + " ") + o.label();
            upfrontLabels[i] = labels[i] + ": upfront for the term";
            switch (o) {
                case PurchaseOption.OnDemand d -> {
                    missing[i] = new MissingPrice(region, SERVICE, "on-demand " + what);
                    if (onDemand != null)
                        refs[i] = RateRef.published(SERVICE, labels[i], region, PER_HOUR, onDemand.usd(), onDemand.provenance(),
                                onDemandId);
                }
                case PurchaseOption.Spot s -> {
                    missing[i] = new MissingPrice(region, SERVICE, "spot " + what);
                    if (spot != null)
                        refs[i] = RateRef.published(SERVICE, labels[i], region, PER_HOUR, spot.hourly(), spot.provenance(),
                                RateId.spot(region, type)).asSpot();
                }
                case PurchaseOption.Reserved r -> {
                    Optional<ReservedRate> rate = catalog.reserved(region, type, r.offer());
                    if (dedicated) rate = rate.map(DedicatedRates::estimate);
                    reserved[r.offset()] = rate.map(x -> ReservedTerms.of(r.offer(), x)).orElse(null);
                    missing[i] = new MissingPrice(region, SERVICE, "reserved " + r.offer().key() + " " + what);
                    rate.ifPresent(x -> {
                        refs[i] = RateRef.published(SERVICE, labels[i], region, PER_HOUR, x.hourly(), x.provenance(),
                                dedicated ? null : RateId.reserved(region, type, r.offer(), false));
                        upfrontRefs[i] = RateRef.published(SERVICE, upfrontLabels[i], region, PER_TERM, x.upfront(), x.provenance(),
                                dedicated ? null : RateId.reserved(region, type, r.offer(), true));
                    });
                }
                case PurchaseOption.SavingsPlan p -> {
                    Optional<Rate> rate = catalog.ec2SavingsPlan(region, type, p.plan());
                    if (dedicated) rate = rate.map(DedicatedRates::estimate);
                    PlanTerms terms = rate.map(x -> PlanTerms.of(p.plan(), x)).orElse(null);
                    plans[p.offset()] = terms;
                    missing[i] = new MissingPrice(region, PurchaseFamily.SAVINGS_PLAN.key(), p.plan().key() + " " + what);
                    if (terms != null) {
                        RateRef plan = RateRef.published(SERVICE, labels[i], region, PER_HOUR, terms.rate().usd(),
                                terms.rate().provenance(), dedicated ? null : RateId.savingsPlan(region, type, p.plan()));
                        refs[i] = plan.times(terms.recurringShare(), PER_HOUR);
                        upfrontRefs[i] = plan.times(terms.upfrontShare().multiply(BigDecimal.valueOf(p.plan().term().hours())),
                                PER_HOUR);
                        usageUpfrontRefs[i] = plan.times(terms.upfrontShare().multiply(BigDecimal.valueOf(terms.termMonths())),
                                PER_HOUR);
                    }
                }
            }
        }
    }

    public String type() { return type; }

    /** vCPU, memory and architecture; null when the catalog does not know the type. */
    public InstanceType spec() { return spec; }

    public MissingPrice missingSpec() { return missingSpec; }

    public Rate onDemand() { return onDemand; }

    public SpotRate spot() { return spot; }

    /** One instance On-Demand for a month: rate × 730. */
    public BigDecimal onDemandPerMonth() { return onDemandPerMonth; }

    /** One instance on Spot for a month: rate × 730. */
    public BigDecimal spotPerMonth() { return spotPerMonth; }

    public ReservedTerms reserved(PurchaseOption.Reserved option) { return reserved[option.offset()]; }

    public PlanTerms plan(PurchaseOption.SavingsPlan option) { return plans[option.offset()]; }

    /** What was looked up for {@code option}'s rate, to report when it is absent. */
    public MissingPrice missing(PurchaseOption option) { return missing[option.index()]; }

    /** The rate {@code option}'s recurring lines (On-Demand, Spot, RI hourly, SP hourly) cite; null when absent. */
    public RateRef rateRef(PurchaseOption option) { return refs[option.index()]; }

    /** The rate {@code option}'s upfront line (RI fee, SP prepayment per instance) cites; null when it has none. */
    public RateRef upfrontRateRef(PurchaseOption option) { return upfrontRefs[option.index()]; }

    /** The rate a Savings Plan's upfront line on instance-hours used cites: the prepaid part × the term's months. */
    public RateRef usageUpfrontRateRef(PurchaseOption.SavingsPlan option) { return usageUpfrontRefs[option.index()]; }

    /** "m5.xlarge RI 1y standard partial upfront" */
    public String label(PurchaseOption option) { return labels[option.index()]; }

    /** "m5.xlarge RI 1y standard partial upfront: upfront for the term" */
    public String upfrontLabel(PurchaseOption option) { return upfrontLabels[option.index()]; }
}
