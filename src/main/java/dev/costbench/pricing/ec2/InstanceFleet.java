package dev.costbench.pricing.ec2;

import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.OptionLines;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.ReservedTerms;

import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.RateRef;

import java.math.BigDecimal;

/**
 * EC2 instances running all month: {@code bought} instances bought under the purchase option being priced
 * (On-Demand, a Reserved Instance offer or a Savings Plan) and {@code spot} instances at Spot, as in an
 * Auto Scaling group's mixed-instances policy. Under the {@code spot} option every instance runs on Spot.
 * With a load profile the counts are the week's hour-weighted averages and a Reserved Instance option reserves
 * {@code reserved} instances (the count running in every hour) and runs the rest of the bought instances On-Demand,
 * since a reservation is paid every hour whether or not an instance uses it.
 * Component codes: {@code ec2.instances}, {@code ec2.spot}, {@code ri.upfront}, {@code ri.hourly},
 * {@code sp.upfront}, {@code sp.hourly} (see docs/cost-lines.md).
 */
public record InstanceFleet(InstanceRates rates, BigDecimal bought, BigDecimal spot, BigDecimal reserved, Rules rules) {

    /**
     * How the counts follow from the block's inputs, when they do: {@code all} instances, {@code bought} under the
     * option, {@code spot} on Spot. A fleet with rules prices every part under every option even at 0 instances,
     * so that the workbook has the line to follow when an input moves a part off zero. {@code spot} is null when
     * the fleet has no Spot part beside the bought instances (an EKS node group runs one capacity type). {@code reserved}
     * is what a Reserved Instance option reserves when that is less than {@code bought} (the quietest hour's count of
     * a load profile, the rest running On-Demand), or null when every bought instance is reserved.
     */
    public record Rules(Quantity all, Quantity bought, Quantity spot, Quantity reserved) {
        public Rules(Quantity all, Quantity bought, Quantity spot) { this(all, bought, spot, null); }
    }

    public InstanceFleet(InstanceRates rates, BigDecimal bought, BigDecimal spot, BigDecimal reserved) {
        this(rates, bought, spot, reserved, null);
    }

    /** A fleet running the counts its rules give all month; every bought instance is reserved under a Reserved option. */
    public InstanceFleet(InstanceRates rates, Rules rules) {
        this(rates, rules.bought().value(), rules.spot() == null ? BigDecimal.ZERO : rules.spot().value(),
                (rules.reserved() == null ? rules.bought() : rules.reserved()).value(), rules);
    }

    public InstanceFleet {
        // a negative count is a design error the validator reports; it must not cost less than nothing
        bought = bought.max(BigDecimal.ZERO);
        spot = spot.max(BigDecimal.ZERO);
        reserved = reserved.max(BigDecimal.ZERO);
    }

    public static final String UNIT = "instances";

    /** A fleet running the same counts all month: every bought instance is reserved under a Reserved option. */
    public InstanceFleet(InstanceRates rates, int bought, int spot) {
        this(rates, Counts.of(bought), Counts.of(spot), Counts.of(bought));
    }

    /** Adds the fleet's lines under {@code out}'s option, or the rates the catalog lacks. */
    public void addTo(OptionLines out) {
        if (rules != null) {
            addByRules(out);
            return;
        }
        PurchaseOption option = out.option();
        if (option instanceof PurchaseOption.Spot) {
            addSpot(out, bought.add(spot), true);
            return;
        }
        if (bought.signum() > 0 || spot.signum() == 0) {
            BigDecimal n = bought;
            switch (option) {
                case PurchaseOption.OnDemand d -> addOnDemand(out, n);
                case PurchaseOption.Reserved r -> addReserved(out, r, n);
                case PurchaseOption.SavingsPlan p -> addPlan(out, p, n);
                case PurchaseOption.Spot s -> throw new IllegalStateException("handled above");
            }
        }
        addSpot(out, spot, false);
    }

    /**
     * The lines of a fleet with rules: each part under each option, even at 0 instances; a part at 0 whose rate
     * the catalog lacks is left out rather than making the option MISSING, as the engine prices it without rules.
     */
    private void addByRules(OptionLines out) {
        PurchaseOption option = out.option();
        if (option instanceof PurchaseOption.Spot) {
            addRuled(out, option, "ec2.spot", rates.label(option), rules.all(), bought.add(spot), rates.spotPerMonth(), true);
            return;
        }
        // the bought part's price is needed when it runs, or when nothing runs on Spot either
        boolean needed = bought.signum() > 0 || spot.signum() == 0;
        switch (option) {
            case PurchaseOption.OnDemand d ->
                    addRuled(out, option, "ec2.instances", rates.label(option), rules.bought(), bought, rates.onDemandPerMonth(), needed);
            case PurchaseOption.Reserved r -> {
                ReservedTerms ri = rates.reserved(r);
                if (ri == null) {
                    if (needed) out.missing(rates.missing(option));
                } else if (rules.reserved() == null) addReservedLines(out, rates, r, ri, rules.bought());
                else {
                    // a reservation is paid every hour, so only the quietest hour's count is reserved
                    addReservedLines(out, rates, r, ri, rules.reserved());
                    Quantity above = Quantity.sub(rules.bought(), rules.reserved());
                    addRuled(out, PurchaseOption.ON_DEMAND, "ec2.instances", rates.label(PurchaseOption.ON_DEMAND)
                            + " above the reserved instances", above, bought.subtract(reserved.min(bought)),
                            rates.onDemandPerMonth(), false);
                }
            }
            case PurchaseOption.SavingsPlan p -> {
                PlanTerms sp = rates.plan(p);
                if (sp == null) {
                    if (needed) out.missing(rates.missing(option));
                } else addPlanLines(out, p, sp, rules.bought());
            }
            case PurchaseOption.Spot s -> throw new IllegalStateException("handled above");
        }
        if (rules.spot() != null)
            addRuled(out, PurchaseOption.SPOT, "ec2.spot", rates.label(PurchaseOption.SPOT), rules.spot(), spot, rates.spotPerMonth(), false);
    }

    private void addRuled(OptionLines out, PurchaseOption rateOf, String code, String description, Quantity count,
                          BigDecimal value, BigDecimal perMonth, boolean needed) {
        RateRef rate = rates.rateRef(rateOf);
        if (rate == null) {
            rates.missing(rateOf).reportWhenUsed(value, needed, out::missing);
            return;
        }
        out.add(CostLine.hourly(code, description, count, UNIT, rate, rate.published(), perMonth));
    }

    private void addOnDemand(OptionLines out, BigDecimal n) {
        if (rates.onDemand() == null) {
            out.missing(rates.missing(PurchaseOption.ON_DEMAND));
            return;
        }
        out.add(CostLine.hourly("ec2.instances", rates.label(PurchaseOption.ON_DEMAND), n, UNIT,
                rates.onDemand().usd(), rates.onDemandPerMonth(), rates.onDemand().provenance()));
    }

    private void addSpot(OptionLines out, BigDecimal count, boolean always) {
        if (count.signum() == 0 && !always) return;
        if (rates.spot() == null) {
            out.missing(rates.missing(PurchaseOption.SPOT));
            return;
        }
        out.add(CostLine.hourly("ec2.spot", rates.label(PurchaseOption.SPOT), count, UNIT,
                rates.spot().hourly(), rates.spotPerMonth(), rates.spot().provenance()));
    }

    private void addReserved(OptionLines out, PurchaseOption.Reserved option, BigDecimal n) {
        ReservedTerms ri = rates.reserved(option);
        if (ri == null) {
            out.missing(rates.missing(option));
            return;
        }
        BigDecimal reservedCount = reserved.min(n);
        if (reservedCount.signum() > 0 || n.signum() == 0) addReservedLines(out, rates, option, ri, reservedCount);
        BigDecimal above = n.subtract(reservedCount);
        if (above.signum() > 0) {
            if (rates.onDemand() == null) out.missing(rates.missing(PurchaseOption.ON_DEMAND));
            else out.add(CostLine.hourly("ec2.instances", rates.label(PurchaseOption.ON_DEMAND)
                    + " above the reserved instances", above, UNIT, rates.onDemand().usd(), rates.onDemandPerMonth(),
                    rates.onDemand().provenance()));
        }
    }

    /** {@code ri.upfront} (fee × instances, once per term) and {@code ri.hourly}; an all-upfront offer has no hourly part. */
    static void addReservedLines(OptionLines out, InstanceRates rates, PurchaseOption.Reserved option,
                                 ReservedTerms ri, BigDecimal n) {
        if (ri.hasUpfront())
            out.add(CostLine.upfront("ri.upfront", rates.upfrontLabel(option), n, UNIT, ri.rate().upfront(),
                    ri.termMonths(), ri.amortizedPerInstance(), ri.rate().provenance()));
        if (ri.billsHourly())
            out.add(CostLine.hourly("ri.hourly", rates.label(option), n, UNIT, ri.rate().hourly(),
                    ri.hourlyPerInstanceMonth(), ri.rate().provenance()));
    }

    /** {@code ri.upfront} and {@code ri.hourly} of {@code count} instances, with the rule the count follows. */
    static void addReservedLines(OptionLines out, InstanceRates rates, PurchaseOption.Reserved option,
                                 ReservedTerms ri, Quantity count) {
        if (ri.hasUpfront())
            out.add(CostLine.upfront("ri.upfront", rates.upfrontLabel(option), count, UNIT, rates.upfrontRateRef(option),
                    ri.rate().upfront(), ri.termMonths(), ri.amortizedPerInstance()));
        if (ri.billsHourly())
            out.add(CostLine.hourly("ri.hourly", rates.label(option), count, UNIT, rates.rateRef(option),
                    ri.rate().hourly(), ri.hourlyPerInstanceMonth()));
    }

    private void addPlanLines(OptionLines out, PurchaseOption.SavingsPlan option, PlanTerms sp, Quantity count) {
        sp.addRunning(out, count, UNIT, new PlanTerms.Part("sp.upfront", rates.upfrontLabel(option), rates.upfrontRateRef(option)),
                new PlanTerms.Part("sp.hourly", rates.label(option), rates.rateRef(option)));
    }

    private void addPlan(OptionLines out, PurchaseOption.SavingsPlan option, BigDecimal n) {
        PlanTerms sp = rates.plan(option);
        if (sp == null) {
            out.missing(rates.missing(option));
            return;
        }
        sp.addRunning(out, n, UNIT, "sp.upfront", rates.upfrontLabel(option), "sp.hourly", rates.label(option));
    }
}
