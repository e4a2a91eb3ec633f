package dev.costbench.catalog.importer;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.purchase.Term;
import dev.costbench.model.Architecture;

import java.math.BigDecimal;
import java.util.Set;

/**
 * AmazonEC2: Linux, shared tenancy, no pre-installed software, capacity status Used instances (On-Demand and
 * the twelve Reserved Instance offers), and gp3 storage per GB-month. Linux Dedicated Instances (tenancy
 * {@code Dedicated}, usage {@code DedicatedUsage:}) keep their On-Demand rate under {@code ec2_dedicated/<type>}, and
 * Dedicated Hosts (product family {@code Dedicated Host}, usage {@code HostUsage:<family>}) their On-Demand host-hour
 * under {@code ec2_host/<family>}, and their Dedicated Host Reservations (Reserved terms of a host product: 1 or 3 years,
 * no, partial or all upfront; AWS sells no convertible host reservation) under {@code ec2_host_reserved/<family>/<offer>/hourly}
 * and {@code .../upfront} ({@link ServiceRates#hostReservedDimension}). Dedicated Instance reservations are not kept (the
 * engine estimates them from the shared ones). Everything else in the file is skipped.
 */
final class Ec2OfferRules implements OfferRules<Ec2OfferRules.Selected> {
    sealed interface Selected permits Instance, Gp3, DedicatedInstance, Host {}

    record Instance(String region, String type) implements Selected {}

    record DedicatedInstance(String region, String type) implements Selected {}

    record Host(String region, String family) implements Selected {}

    record Gp3(String region) implements Selected {}

    private static final Set<String> ATTRIBUTES = Set.of("productfamily", "instancetype", "operatingsystem",
            "tenancy", "preinstalledsw", "capacitystatus", "operation", "usagetype", "locationtype", "location",
            "regioncode", "volumeapiname", "vcpu", "memory", "physicalprocessor", "currentgeneration");

    private final OfferContext ctx;

    Ec2OfferRules(OfferContext ctx) { this.ctx = ctx; }

    @Override public Set<String> attributes() { return ATTRIBUTES; }

    @Override
    public Selected select(ProductAttributes p) {
        String family = p.get("productfamily");
        String locationType = p.get("locationtype");
        if (!locationType.isEmpty() && !locationType.equals("AWS Region")) return null;
        String usage = AwsRegionNames.usageWithoutRegion(p.get("usagetype"));
        if (family.startsWith("Compute Instance")) {
            // capacitystatus is absent in files older than 2018, where every SKU is "Used"
            boolean linuxShared = p.get("operatingsystem").equals("Linux") && p.get("tenancy").equals("Shared")
                    && p.get("preinstalledsw").equals("NA") && p.get("operation").equals("RunInstances")
                    && (!p.has("capacitystatus") || p.get("capacitystatus").equals("Used"))
                    && usage.startsWith("BoxUsage:");
            if (!linuxShared) return dedicated(p, usage);
            String region = ctx.regionOf(p);
            if (!ctx.wanted(region)) return null;
            String type = ctx.instanceType(p);
            ctx.out.instanceType(spec(type, p));
            return new Instance(region, type);
        }
        if (family.equals("Dedicated Host") && usage.startsWith("HostUsage:")) {
            String region = ctx.regionOf(p);
            return ctx.wanted(region) ? new Host(region, usage.substring("HostUsage:".length())) : null;
        }
        if (family.equals("Storage") && p.get("volumeapiname").equals("gp3") && usage.equals("EBS:VolumeUsage.gp3")) {
            String region = ctx.regionOf(p);
            return ctx.wanted(region) ? new Gp3(region) : null;
        }
        return null;
    }

    /** A Linux Dedicated Instance SKU as the shared one is chosen, but with tenancy Dedicated; null for anything else. */
    private Selected dedicated(ProductAttributes p, String usage) {
        boolean linuxDedicated = p.get("operatingsystem").equals("Linux") && p.get("tenancy").equals("Dedicated")
                && p.get("preinstalledsw").equals("NA") && p.get("operation").equals("RunInstances")
                && (!p.has("capacitystatus") || p.get("capacitystatus").equals("Used"))
                && usage.startsWith("DedicatedUsage:");
        if (!linuxDedicated) return null;
        String region = ctx.regionOf(p);
        return ctx.wanted(region) ? new DedicatedInstance(region, ctx.instanceType(p)) : null;
    }

    @Override
    public void term(Selected selected, OfferTerm term) {
        switch (selected) {
            case DedicatedInstance d when term.isOnDemand() -> hourly(d.region(), ServiceRates.EC2_DEDICATED, d.type(), term);
            case Host h when term.isOnDemand() -> hourly(h.region(), ServiceRates.EC2_HOST, h.family(), term);
            case Host h when term.isReserved() -> hostReserved(h, term);
            case Instance i when term.isOnDemand() -> {
                PriceDimension hours = term.dimension("Hrs");
                if (hours == null) return;
                ctx.out.onDemand(i.region(), i.type(),
                        new Rate(ctx.price(hours, term.place), "hour", ctx.provenance(i.region(), CatalogOffers.EC2)));
            }
            case Instance i when term.isReserved() -> reserved(i, term);
            case Gp3 g when term.isOnDemand() -> {
                PriceDimension gbMonth = term.dimension("GB-Mo");
                if (gbMonth == null) return;
                ctx.out.serviceRate(g.region(), ServiceRates.EBS, ServiceRates.EBS_GP3,
                        new Rate(ctx.price(gbMonth, term.place), "GB-month", ctx.provenance(g.region(), ServiceRates.EBS)));
            }
            default -> { }
        }
    }

    private void hourly(String region, String service, String dimension, OfferTerm term) {
        PriceDimension hours = term.dimension("Hrs");
        if (hours == null) return;
        ctx.out.serviceRate(region, service, dimension, new Rate(ctx.price(hours, term.place), "hour", ctx.provenance(region, service)));
    }

    private void reserved(Instance i, OfferTerm term) {
        OfferingClass offeringClass = OfferingClass.fromKey(term.offeringClass);
        if (offeringClass == null) return;
        ReservedRate rate = reservedRate(term, offeringClass, i.region(), CatalogOffers.EC2_RESERVED);
        if (rate != null) ctx.out.reserved(i.region(), i.type(), new ReservedKey(lengthOf(term), offeringClass, Payment.fromKey(term.purchaseOption)), rate);
    }

    /**
     * A Dedicated Host Reservation: the host family's upfront fee per host (dimension {@code Quantity}) and hourly rate per
     * host-hour ({@code Hrs}), kept as two service rates. Host reservations are standard only: a term that says
     * convertible is skipped, one that names no class is standard.
     */
    private void hostReserved(Host h, OfferTerm term) {
        OfferingClass offeringClass = term.offeringClass == null || term.offeringClass.isBlank() ? OfferingClass.STANDARD
                : OfferingClass.fromKey(term.offeringClass);
        if (offeringClass != OfferingClass.STANDARD) return;
        ReservedRate rate = reservedRate(term, offeringClass, h.region(), ServiceRates.EC2_HOST_RESERVED);
        if (rate == null) return;
        ReservedKey key = new ReservedKey(lengthOf(term), offeringClass, Payment.fromKey(term.purchaseOption));
        ctx.out.serviceRate(h.region(), ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension(h.family(), key, false),
                new Rate(rate.hourly(), "hour", rate.provenance()));
        ctx.out.serviceRate(h.region(), ServiceRates.EC2_HOST_RESERVED, ServiceRates.hostReservedDimension(h.family(), key, true),
                new Rate(rate.upfront(), "host", rate.provenance()));
    }

    private static Term lengthOf(OfferTerm term) {
        return switch (term.leaseContractLength) {
            case "1yr", "1 yr" -> Term.ONE_YEAR;
            case "3yr", "3 yr" -> Term.THREE_YEAR;
            default -> null;
        };
    }

    /** A reserved term's upfront fee and hourly rate, or null for a term Costbench does not sell or that lacks a part. */
    private ReservedRate reservedRate(OfferTerm term, OfferingClass offeringClass, String region, String offer) {
        Term length = lengthOf(term);
        Payment payment = Payment.fromKey(term.purchaseOption);
        // pre-2014 utilisation-based offers ("Heavy Utilization") are not sold any more
        if (length == null || offeringClass == null || payment == null) return null;
        PriceDimension fee = term.dimension("Quantity");
        PriceDimension hours = term.dimension("Hrs");
        if (fee == null && payment != Payment.NO_UPFRONT) return null;
        if (hours == null && payment != Payment.ALL_UPFRONT) return null;
        BigDecimal upfront = fee == null ? BigDecimal.ZERO : ctx.price(fee, term.place);
        BigDecimal hourly = hours == null ? BigDecimal.ZERO : ctx.price(hours, term.place);
        return new ReservedRate(upfront, hourly, ctx.provenance(region, offer));
    }

    /** Specs from the product, used only for types the catalog does not know yet. */
    private static InstanceType spec(String type, ProductAttributes p) {
        int dot = type.indexOf('.');
        String family = dot < 0 ? type : type.substring(0, dot);
        String size = dot < 0 ? "" : type.substring(dot + 1);
        String processor = p.get("physicalprocessor");
        Architecture arch = processor.contains("Graviton") || processor.startsWith("AWS") ? Architecture.ARM64
                : Architecture.X86_64;
        return new InstanceType(type, family, size, intOrZero(p.get("vcpu")), gib(p.get("memory")), Set.of(arch),
                processor, 0, !p.get("currentgeneration").equals("No"));
    }

    private static int intOrZero(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** "8 GiB" → 8; "1,952 GiB" → 1952; anything else → 0. */
    private static BigDecimal gib(String s) {
        String n = s.replace("GiB", "").replace(",", "").trim();
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
