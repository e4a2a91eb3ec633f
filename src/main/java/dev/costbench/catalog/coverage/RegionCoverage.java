package dev.costbench.catalog.coverage;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.RateDates;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.BlockKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * What the catalog has for a region, per kind of price: published, estimated or missing, and the dates. One
 * computation for the command line, the window and the docs, so they cannot disagree.
 */
public record RegionCoverage(String region, Map<PriceKind, ServiceCoverage> services) {

    public static RegionCoverage of(PriceCatalog catalog, String region) {
        Map<PriceKind, ServiceCoverage> out = new EnumMap<>(PriceKind.class);
        PriceCatalog.RegionView r = catalog.region(region);
        for (PriceKind kind : PriceKind.values())
            out.put(kind, coverage(kind, r == null ? List.of() : provenances(kind, r)));
        return new RegionCoverage(region, out);
    }

    private static List<Provenance> provenances(PriceKind kind, PriceCatalog.RegionView r) {
        Stream<Provenance> s = switch (kind) {
            case EC2_ON_DEMAND -> r.onDemand().values().stream().map(x -> x.provenance());
            case RESERVED -> r.reserved().values().stream().flatMap(m -> m.values().stream()).map(x -> x.provenance());
            case SAVINGS_PLANS -> plans(r, true, service -> true);
            case SPOT -> r.spot().values().stream().map(x -> x.provenance());
            // Fargate Spot's rates are Fargate's too: a Fargate block's Spot option and capacity providers use them
            case FARGATE -> Stream.concat(service(r, ServiceRates.FARGATE), service(r, ServiceRates.FARGATE_SPOT));
            case LAMBDA -> service(r, ServiceRates.LAMBDA);
            case ELB -> service(r, ServiceRates.ELB);
            case EKS -> service(r, ServiceRates.EKS);
            case EBS -> service(r, ServiceRates.EBS);
            case APP_RUNNER -> service(r, ServiceRates.APP_RUNNER);
            case ECR -> service(r, ServiceRates.ECR);
            case DATA_TRANSFER -> service(r, ServiceRates.DATA_TRANSFER);
            case NAT_GATEWAY -> service(r, ServiceRates.VPC);
        };
        return s.distinct().toList();
    }

    private static Stream<Provenance> service(PriceCatalog.RegionView r, String service) {
        String prefix = service + "/";
        return r.service().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(e -> e.getValue().provenance());
    }

    private static ServiceCoverage coverage(PriceKind kind, List<Provenance> sources) {
        if (sources.isEmpty()) return new ServiceCoverage(kind, ServiceCoverage.Status.MISSING, null, null);
        boolean published = sources.stream().anyMatch(p -> p.basis() == Basis.PUBLISHED);
        boolean estimated = sources.stream().anyMatch(p -> p.basis() == Basis.ESTIMATED);
        ServiceCoverage.Status status = published && estimated ? ServiceCoverage.Status.MIXED
                : published ? ServiceCoverage.Status.PUBLISHED : ServiceCoverage.Status.ESTIMATED;
        List<String> dates = sources.stream().map(Provenance::asOf).sorted().toList();
        return new ServiceCoverage(kind, status, dates.get(0), dates.get(dates.size() - 1));
    }

    /** Computed once per catalog and region (a catalog never changes once built). */
    private static final Map<PriceCatalog, Map<String, RegionCoverage>> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    public static RegionCoverage cached(PriceCatalog catalog, String region) {
        Map<String, RegionCoverage> byRegion = CACHE.computeIfAbsent(catalog, c -> new ConcurrentHashMap<>());
        return byRegion.computeIfAbsent(region, r -> of(catalog, r));
    }

    /**
     * What the catalog has in {@code region} for the kinds of price blocks of {@code kinds} need: a design without
     * App Runner is not told App Runner rates are missing.
     */
    public static RegionCoverage forDesign(PriceCatalog catalog, String region, Collection<BlockKind> kinds) {
        return forNeeds(catalog, region, PriceKind.neededBy(kinds));
    }

    /** What the catalog has in {@code region} for the prices {@code scenario} needs (see {@link PriceKind#neededBy(dev.costbench.model.Scenario)}). */
    public static RegionCoverage forDesign(PriceCatalog catalog, String region, dev.costbench.model.Scenario scenario) {
        return forNeeds(catalog, region, PriceKind.neededBy(scenario));
    }

    /**
     * What the catalog has in {@code region} for these kinds of price. Savings Plans count the plans of what else is
     * needed only (EC2's with EC2 On-Demand, Lambda's with Lambda, Fargate's with Fargate): a Lambda design is not
     * told its plans are estimated because the region's EC2 plans are.
     */
    public static RegionCoverage forNeeds(PriceCatalog catalog, String region, java.util.Set<PriceKind> needs) {
        RegionCoverage all = cached(catalog, region).only(needs);
        if (!needs.contains(PriceKind.SAVINGS_PLANS)) return all;
        Set<PriceKind> plansOf = EnumSet.noneOf(PriceKind.class);
        for (PriceKind k : PLANS_COVER) if (needs.contains(k)) plansOf.add(k);
        if (plansOf.size() == PLANS_COVER.size()) return all;
        Map<PriceKind, ServiceCoverage> out = new EnumMap<>(all.services());
        out.put(PriceKind.SAVINGS_PLANS, PLANS.computeIfAbsent(catalog, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(region + " " + plansOf, k -> plansFor(catalog.region(region), plansOf)));
        return new RegionCoverage(region, out);
    }

    /** The kinds of price a Savings Plan discounts, each with its plan rates in the catalog. */
    private static final Set<PriceKind> PLANS_COVER = EnumSet.of(PriceKind.EC2_ON_DEMAND, PriceKind.LAMBDA, PriceKind.FARGATE);
    private static final Map<PriceCatalog, Map<String, ServiceCoverage>> PLANS = Collections.synchronizedMap(new WeakHashMap<>());

    /** The Savings Plan rates of {@code region} for what {@code plansOf} names. */
    private static ServiceCoverage plansFor(PriceCatalog.RegionView r, Set<PriceKind> plansOf) {
        if (r == null) return coverage(PriceKind.SAVINGS_PLANS, List.of());
        return coverage(PriceKind.SAVINGS_PLANS, plans(r, plansOf.contains(PriceKind.EC2_ON_DEMAND),
                service -> plansOf.contains(PriceKind.LAMBDA) && service.startsWith(ServiceRates.LAMBDA + "/")
                        || plansOf.contains(PriceKind.FARGATE) && service.startsWith(ServiceRates.FARGATE + "/")).distinct().toList());
    }

    /** The sources of the region's Savings Plan rates: EC2's when {@code ec2}, and the services' whose key {@code service} takes. */
    private static Stream<Provenance> plans(PriceCatalog.RegionView r, boolean ec2, Predicate<String> service) {
        Stream<Provenance> instances = ec2 ? r.ec2SavingsPlans().values().stream().flatMap(m -> m.values().stream()).map(x -> x.provenance())
                : Stream.empty();
        return Stream.concat(instances, r.serviceSavingsPlans().entrySet().stream().filter(e -> service.test(e.getKey()))
                .flatMap(e -> e.getValue().values().stream()).map(x -> x.provenance()));
    }

    /** This coverage for the given kinds of price only, in the usual order. */
    public RegionCoverage only(Set<PriceKind> kinds) {
        Map<PriceKind, ServiceCoverage> out = new EnumMap<>(PriceKind.class);
        services.forEach((k, c) -> { if (kinds.contains(k)) out.put(k, c); });
        return new RegionCoverage(region, out);
    }

    public ServiceCoverage get(PriceKind kind) { return services.get(kind); }

    /**
     * One line: "published EC2 OD, RI, Lambda, EKS, EBS · estimated SP, Spot, Fargate, ELB · missing none · prices
     * of 2024-04-01 to 2025-06-28". A kind with both published and estimated rates is listed as published, marked "(part)".
     */
    public String summary() {
        List<String> published = new ArrayList<>(), estimated = new ArrayList<>(), missing = new ArrayList<>();
        for (ServiceCoverage c : services.values()) {
            String name = c.kind().shortName();
            switch (c.status()) {
                case PUBLISHED -> published.add(name);
                case MIXED -> published.add(name + " (part)");
                case ESTIMATED -> estimated.add(name);
                case MISSING -> missing.add(name);
            }
        }
        String line = "published " + list(published) + " · estimated " + list(estimated) + " · missing " + list(missing);
        String dates = dates();
        return dates == null ? line : line + " · rates of " + dates;
    }

    /**
     * "2021-02-05 to 2026-07-20": the dates of the oldest and newest rates of these kinds, null when the region has
     * none. What "rates of" and "prices as of" say wherever a design's prices are shown.
     */
    public String dates() {
        RateDates d = new RateDates();
        for (ServiceCoverage c : services.values()) d.add(c.oldest()).add(c.newest());
        return d.text();
    }

    /**
     * The summary's short form for a status bar: "Price lists: 5 published · 4 estimated · missing Lambda". It counts
     * kinds of price, not blocks: beside "+ 403 missing" on the totals, "Prices: … missing none" read as a contradiction.
     */
    public String brief() {
        int published = 0, estimated = 0;
        List<String> missing = new ArrayList<>();
        for (ServiceCoverage c : services.values()) {
            switch (c.status()) {
                case PUBLISHED, MIXED -> published++;
                case ESTIMATED -> estimated++;
                case MISSING -> missing.add(c.kind().shortName());
            }
        }
        return "Price lists: " + published + " published · " + estimated + " estimated · missing " + list(missing);
    }

    /**
     * One line per kind of price, e.g. "EC2 On-Demand: published 2025-04-04", "NAT gateway hours and GB processed:
     * missing in ap-south-1" (a missing kind names the region, so a tooltip read on its own still says where).
     */
    public String detail() {
        StringBuilder s = new StringBuilder("Prices in " + region + " (published + estimated: some rates of the kind are estimated)");
        services.values().forEach(c -> s.append('\n').append(c.kind().title()).append(": ").append(c.describe())
                .append(c.status() == ServiceCoverage.Status.MISSING ? " in " + region : ""));
        return s.toString();
    }

    private static String list(List<String> names) { return names.isEmpty() ? "none" : String.join(", ", names); }
}
