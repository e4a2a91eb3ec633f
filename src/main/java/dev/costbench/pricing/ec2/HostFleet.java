package dev.costbench.pricing.ec2;

import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.PurchaseFamily;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.PlanTerms;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;

/**
 * Instances on Dedicated Hosts: AWS bills each allocated host by the hour at its family's rate, whatever runs on it
 * (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/dedicated-hosts-overview.html, "Pricing and billing"), so the
 * fleet pays hosts = ceil(instances ÷ instances per host). A host allocated for one instance type runs as many of it
 * as its physical cores allow; AWS's example: an m5 host has 48 physical cores, an m5.4xlarge uses 8, so 6 fit
 * (same page, "Instance capacity configurations"). Costbench takes a host's capacity to be its family's largest size
 * (m5.24xlarge: 96 vCPU = 48 cores × 2 threads), so instances per host = floor(largest size's vCPU ÷ the type's vCPU)
 * (m5.4xlarge: 96 ÷ 16 = 6, as AWS says). Hosts are paid whether busy or not, so under a load profile the hosts are
 * those of the busiest hour.
 * <p>Purchase options: On-Demand at the catalog's host-hour rate ({@code ec2_host/<family>}); Reserved options are
 * Dedicated Host Reservations, which AWS sells per family for 1 or 3 years with no, partial or all upfront
 * (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_HostOffering.html) but with no convertible class, so
 * convertible options are not applicable and standard ones are priced from the catalog's host reservations
 * ({@code ec2_host_reserved/<family>/<offer>/hourly} and {@code .../upfront}, which only an imported offer file brings):
 * hosts × the upfront fee once a term (spread over its 12 or 36 months) plus hosts × the hourly rate × 730, missing
 * when the catalog lacks either part;
 * Savings Plans apply to Dedicated Host usage (same User Guide page, "Savings Plans"), priced from the plan's host-hour
 * rate per family ({@link #savingsPlan}), missing in the same way; Spot does not run on Dedicated Hosts: not applicable.
 */
public final class HostFleet {
    private HostFleet() {}

    public static final String NO_SPOT = "Dedicated Hosts run no Spot Instances";
    public static final String NO_CONVERTIBLE = "Dedicated Host Reservations have no convertible class";

    /**
     * The instances of {@code type} one host of its family runs, or 0 when the catalog does not know the type or
     * its family.
     */
    public static int instancesPerHost(RateBook rates, String type) {
        InstanceType t = rates.instanceType(type);
        if (t == null || t.vcpu() <= 0) return 0;
        int host = 0;
        for (InstanceType other : rates.instanceTypes())
            if (other.family().equals(t.family())) host = Math.max(host, other.vcpu());
        return host / t.vcpu();
    }

    /** The family a host of {@code type} is allocated for ("m5" for m5.large); the type itself when it has no size. */
    public static String family(RateBook rates, String type) {
        InstanceType t = rates.instanceType(type);
        if (t != null) return t.family();
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    /** {@code hosts} Dedicated Hosts of {@code type}'s family under {@code out}'s option. */
    public static OptionCost price(OptionLines out, RateBook rates, String type, Quantity.Named hosts) {
        PurchaseOption option = out.option();
        String family = family(rates, type);
        switch (option) {
            case PurchaseOption.Spot s -> { return OptionCost.notApplicable(option, NO_SPOT); }
            case PurchaseOption.Reserved r when r.offer().offeringClass() == OfferingClass.CONVERTIBLE -> {
                return OptionCost.notApplicable(option, NO_CONVERTIBLE);
            }
            case PurchaseOption.Reserved r -> reserved(out, rates, r, family, hosts);
            case PurchaseOption.SavingsPlan p -> savingsPlan(out, rates, p, family, hosts);
            case PurchaseOption.OnDemand d -> {
                ServiceDimension host = rates.service(ServiceRates.EC2_HOST, family);
                if (host.rate() == null) out.missing(new MissingPrice(rates.region(), "ec2", "dedicated host on-demand " + family));
                else out.add(CostLine.hourly("ec2.hosts", family + " Dedicated Host On-Demand", hosts, "hosts",
                        host.rateRef(family + " Dedicated Host On-Demand", "per host-hour"), host.rate().usd(), host.perMonth()));
            }
        }
        return null;
    }

    /**
     * A Dedicated Host Reservation of {@code hosts} hosts: {@code ec2.hosts.ri.upfront} (the fee per host for the term,
     * absent for No Upfront) and {@code ec2.hosts.ri.hourly} (per host-hour, absent for All Upfront). Both parts come
     * from the catalog; a part the offer has not (an All Upfront hourly, a No Upfront fee) is 0 there, and a part the
     * catalog lacks makes the option missing, never $0.
     */
    private static void reserved(OptionLines out, RateBook rates, PurchaseOption.Reserved option, String family, Quantity.Named hosts) {
        var key = option.offer();
        ServiceDimension hourly = rates.service(ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension(family, key, false));
        ServiceDimension upfront = rates.service(ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension(family, key, true));
        if (hourly.rate() == null || upfront.rate() == null) {
            out.missing(new MissingPrice(rates.region(), "ec2", "dedicated host reservation " + key.key() + " " + family));
            return;
        }
        String name = family + " Dedicated Host Reservation " + key.key();
        int months = key.term().months();
        BigDecimal fee = upfront.rate().usd();
        if (fee.signum() != 0)
            out.add(CostLine.upfront("ec2.hosts.ri.upfront", name + " upfront", hosts, "hosts",
                    upfront.rateRef(name + " upfront", "per host"), fee, months,
                    Money.bounded(Money.divide(fee, BigDecimal.valueOf(months)))));
        if (hourly.rate().usd().signum() != 0)
            out.add(CostLine.hourly("ec2.hosts.ri.hourly", name, hosts, "hosts",
                    hourly.rateRef(name, "per host-hour"), hourly.rate().usd(), hourly.perMonth()));
    }

    /**
     * {@code hosts} Dedicated Hosts under a Savings Plan: AWS's rule is that Savings Plans apply to Dedicated Host usage
     * (EC2 User Guide, Dedicated Hosts, "Pricing and billing" → "Savings Plans"); the offer file lists the plan's rate per
     * host-hour of a family ({@code HostUsage:<family>}), kept as {@code ec2_host/<family>} under the plan. Hosts run all
     * month, so the commitment is hosts × the rate × 730, paid as the plan's payment splits it: {@code ec2.hosts.sp}
     * (the part paid as used) and {@code ec2.hosts.sp.upfront} (the prepaid part for the whole term). A plan whose host
     * rate the catalog lacks is missing, never $0.
     */
    private static void savingsPlan(OptionLines out, RateBook rates, PurchaseOption.SavingsPlan option, String family, Quantity.Named hosts) {
        ServiceDimension host = rates.service(ServiceRates.EC2_HOST, family);
        PlanTerms sp = host.plan(option);
        if (sp == null) {
            out.missing(new MissingPrice(rates.region(), PurchaseFamily.SAVINGS_PLAN.key(), option.plan().key() + " dedicated host " + family));
            return;
        }
        String name = family + " Dedicated Host, " + option.label();
        sp.addRunning(out, hosts, "hosts",
                new PlanTerms.Part("ec2.hosts.sp.upfront", name + " upfront", host.planCapacityUpfrontRateRef(option, name + " upfront", "per host")),
                new PlanTerms.Part("ec2.hosts.sp", name, host.planRateRef(option, name, "per host-hour")));
    }

    /** hosts = ceil(instances ÷ instances per host), named so the workbook shows it. */
    public static Quantity.Named hosts(Quantity instances, int perHost) {
        Quantity per = Quantity.Input.number("instancesPerHost", "Instances per Dedicated Host", "instances",
                "the family's largest size's vCPU ÷ the type's vCPU", perHost);
        return Quantity.Named.of("hosts", "Dedicated Hosts", "hosts", "ceil(instances ÷ instances per host)",
                Quantity.ceil(Quantity.div(instances, per)));
    }
}
