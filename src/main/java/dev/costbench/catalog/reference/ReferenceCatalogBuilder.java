package dev.costbench.catalog.reference;

import dev.costbench.catalog.CatalogWriter;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.ServiceRates;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Builds the shipped {@code pricing-data/} from the source tables in {@code pricing-data/sources/} by the rules
 * in docs/pricing-data.md. A test rebuilds it and compares with the shipped files, so the data cannot drift
 * from its rules. Usage: {@code ReferenceCatalogBuilder [<sources folder> <output folder>]}.
 */
public final class ReferenceCatalogBuilder {
    static final String CATALOG_VERSION = "2026.07.20";
    /** The date of the On-Demand table, the newest complete rate set. */
    static final String CATALOG_AS_OF = "2026-07-20";
    /** The one region outside us-east-1 whose Fargate rates are published, where the price-level rule is checked. */
    static final String FARGATE_CHECK_REGION = "eu-west-1";

    private final Path referenceDir;
    private final PriceCatalog.Builder builder = PriceCatalog.builder().version(CATALOG_VERSION).asOf(CATALOG_AS_OF);
    private final SourceTable sources = new SourceTable(builder);
    private InstanceSpecs specs;
    private GenerationRatios ratios;
    private ReservedOffers reserved;
    private SavingsPlanRates savingsPlans;
    private int spotRates;
    private OnDemandPrices onDemand;
    private List<String> spotLeftOut;
    private RegionalReservedOffers regionalReserved;
    private List<BigDecimal> upfrontRuleErrors;
    private Set<String> eastFromNoUpfront;
    private RegionalServices regional;
    private Map<String, BigDecimal> fargateCheck;
    private Map<String, BigDecimal> fargateSpotCheck;
    private int formulas;

    private ReferenceCatalogBuilder(Path referenceDir) { this.referenceDir = referenceDir; }

    public static void main(String[] args) throws IOException {
        if (args.length != 0 && args.length != 2) {
            System.err.println("usage: ReferenceCatalogBuilder [<sources folder> <output folder>]"
                    + " (default: " + SourceFiles.FOLDER + " and pricing-data, run in the project folder)");
            System.exit(2);
        }
        Path sourcesDir = Path.of(args.length == 2 ? args[0] : SourceFiles.FOLDER);
        Path out = Path.of(args.length == 2 ? args[1] : "pricing-data");
        ReferenceCatalogBuilder b = new ReferenceCatalogBuilder(sourcesDir);
        PriceCatalog catalog = b.run();
        clearRegionFiles(out);
        CatalogWriter.write(catalog, out);
        System.out.println(b.summary(catalog));
    }

    /** The catalog the rules give for the reference data in {@code referenceDir}. */
    public static PriceCatalog build(Path referenceDir) throws IOException {
        return new ReferenceCatalogBuilder(referenceDir).run();
    }

    private PriceCatalog run() throws IOException {
        specs = new InstanceSpecs(ReferenceTable.read(referenceDir, InstanceSpecs.FILE));
        specs.types().forEach(builder::instanceType);

        onDemand = new OnDemandPrices(ReferenceTable.read(referenceDir, OnDemandPrices.KARPENTER_FILE),
                ReferenceTable.read(referenceDir, OnDemandPrices.FEED_FILE), sources, builder);

        ratios = new GenerationRatios(ReferenceTable.read(referenceDir, GenerationRatios.FILE));
        ReferenceTable x2iedn = ReferenceTable.read(referenceDir, ReservedOffers.X2IEDN_FILE);
        reserved = new ReservedOffers(ReferenceTable.read(referenceDir, ReservedOffers.M5_FILE),
                ReferenceTable.read(referenceDir, GenerationRatios.FILE), x2iedn, ratios, sources);
        regionalReserved = new RegionalReservedOffers(ReferenceTable.read(referenceDir, RegionalReservedOffers.FILE),
                reserved, sources);
        // us-east-1 too takes its published No Upfront rates; m5.large and x2iedn.32xlarge have more published offers
        eastFromNoUpfront = regionalReserved.addTo(builder, ReservedOffers.REGION, onDemand.in(ReservedOffers.REGION),
                Set.of(ReservedOffers.PATTERN_TYPE, ReservedOffers.X2IEDN), true);
        reserved.addTo(builder, onDemand.in(ReservedOffers.REGION), eastFromNoUpfront);
        for (String region : onDemand.regions())
            if (!region.equals(ReservedOffers.REGION)) regionalReserved.addTo(builder, region, onDemand.in(region));
        upfrontRuleErrors = regionalReserved.measuredErrors(x2iedn);

        savingsPlans = new SavingsPlanRates(reserved, sources);
        PriceCatalog withReserved = builder.build();
        for (String region : onDemand.regions()) savingsPlans.addEc2(builder, withReserved, region);

        SpotAdvisorRates spot = new SpotAdvisorRates(referenceDir);
        for (String region : onDemand.regions()) spotRates += spot.addTo(builder, region, onDemand.in(region), sources);
        spotLeftOut = spot.leftOut();

        new ServicePrices(ReferenceTable.read(referenceDir, ServicePrices.FILE), sources).addTo(builder);
        new ServicePrices(ReferenceTable.read(referenceDir, ServicePrices.PAGES_FILE), sources).addTo(builder);
        new ServicePrices(ReferenceTable.read(referenceDir, ServicePrices.ECR_FILE), sources).addTo(builder);
        new ServicePrices(ReferenceTable.read(referenceDir, ServicePrices.DEDICATED_FILE), sources).addTo(builder);
        ServicePrices.addDedicatedFeeElsewhere(builder, onDemand.regions(), sources);
        new ServicePrices(ReferenceTable.read(referenceDir, ServicePrices.NAT_FILE), sources).addTo(builder);
        DataTransferRates.addTo(builder, ReferenceTable.read(referenceDir, DataTransferRates.FILE), sources);
        regional = new RegionalServices(sources, onDemand);
        regional.addLambda(builder, ReferenceTable.read(referenceDir, RegionalServices.LAMBDA_FILE));
        regional.addEbs(builder, ReferenceTable.read(referenceDir, RegionalServices.EBS_FILE));
        regional.addEks(builder, builder.build());
        PriceCatalog published = builder.build();
        fargateCheck = regional.fargateCheck(published, FARGATE_CHECK_REGION);
        fargateSpotCheck = regional.fargateSpotCheck(published, FARGATE_CHECK_REGION);
        regional.addByPriceLevel(builder, published);
        PriceCatalog services = builder.build();
        for (String region : services.regions()) {
            if (services.serviceRate(region, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU).isPresent())
                savingsPlans.addFargate(builder, services, region);
            if (services.serviceRate(region, ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1).isPresent())
                savingsPlans.addLambda(builder, services, region);
        }
        addOffers(builder.build());
        PriceCatalog built = builder.build();
        formulas = checkFormulas(built);
        return built;
    }

    /**
     * Every estimate whose rule is a formula must give its catalog figure from its base figures as the finished
     * catalog holds them, so that a workbook that writes it as that formula shows the same figure
     * (docs/pricing-data.md, "Estimates as formulas"). Each estimate was worked out by that formula ({@link ByRule}); this
     * catches a base rate replaced after its estimates were worked out, and a Spot factor that is not exact. Returns
     * how many estimates are formulas.
     */
    static int checkFormulas(PriceCatalog c) {
        int n = 0;
        List<String> wrong = new ArrayList<>();
        for (RateId id : estimatedRates(c)) {
            var estimate = c.estimate(id);
            if (estimate.isEmpty()) continue;
            BigDecimal figure = id.in(c).orElseThrow().usd();
            BigDecimal byFormula = estimate.get().evaluate(c).orElse(null);
            if (byFormula == null || byFormula.compareTo(figure) != 0)
                wrong.add(id.text() + ": " + figure.toPlainString() + " by the rule, " + byFormula + " by its formula");
            n++;
        }
        if (!wrong.isEmpty())
            throw new IllegalStateException(wrong.size() + " estimates differ from their formula, e.g. " + wrong.subList(0, Math.min(5, wrong.size())));
        return n;
    }

    /** Every rate of the catalog whose source carries a formula. */
    static List<RateId> estimatedRates(PriceCatalog c) {
        List<RateId> out = new ArrayList<>();
        for (String region : c.regions()) {
            PriceCatalog.RegionView r = c.region(region);
            r.spot().forEach((t, rate) -> { if (rate.provenance().derivation() != null) out.add(RateId.spot(region, t)); });
            r.reserved().forEach((t, m) -> m.forEach((k, rate) -> {
                if (rate.provenance().derivation() == null) return;
                out.add(RateId.reserved(region, t, k, true));
                out.add(RateId.reserved(region, t, k, false));
            }));
            r.ec2SavingsPlans().forEach((t, m) -> m.forEach((k, rate) -> {
                if (rate.provenance().derivation() != null) out.add(RateId.savingsPlan(region, t, k));
            }));
            r.service().forEach((key, rate) -> {
                if (rate.provenance().derivation() == null) return;
                int slash = key.indexOf('/');
                out.add(RateId.service(region, key.substring(0, slash), key.substring(slash + 1)));
            });
            r.serviceSavingsPlans().forEach((key, m) -> m.forEach((k, rate) -> {
                if (rate.provenance().derivation() == null) return;
                int slash = key.indexOf('/');
                out.add(RateId.servicePlan(region, key.substring(0, slash), key.substring(slash + 1), k));
            }));
        }
        return out;
    }

    /** Per region and service: the newest date among the rates shown for it, and the sources they came from. */
    private void addOffers(PriceCatalog c) {
        for (String region : c.regions()) {
            PriceCatalog.RegionView r = c.region(region);
            offer(region, "ec2", r.onDemand().values().stream().map(Rate::provenance).toList());
            offer(region, "ec2_reserved", r.reserved().values().stream().flatMap(m -> m.values().stream())
                    .map(x -> x.provenance()).toList());
            offer(region, "ec2_spot", r.spot().values().stream().map(x -> x.provenance()).toList());
            offer(region, "savings_plans", Stream.concat(
                            r.ec2SavingsPlans().values().stream().flatMap(m -> m.values().stream()),
                            r.serviceSavingsPlans().values().stream().flatMap(m -> m.values().stream()))
                    .map(Rate::provenance).toList());
            Map<String, List<Provenance>> byService = new TreeMap<>();
            r.service().forEach((key, rate) -> byService.computeIfAbsent(key.substring(0, key.indexOf('/')),
                    k -> new ArrayList<>()).add(rate.provenance()));
            byService.forEach((service, list) -> offer(region, service, list));
        }
    }

    /** The version names the source ids the rates cite, so "prices as of" can be traced to catalog.json's sources. */
    private void offer(String region, String service, List<Provenance> rates) {
        rates.stream().map(Provenance::asOf).max(String::compareTo).ifPresent(date -> builder.offer(region,
                new OfferInfo(service, date, String.join(", ", new TreeSet<>(rates.stream().map(Provenance::sourceId).toList())))));
    }

    /** Region files of an earlier build would linger if a region were dropped; the writer rewrites the rest. */
    private static void clearRegionFiles(Path out) throws IOException {
        Path regions = out.resolve("regions");
        if (!Files.isDirectory(regions)) return;
        try (Stream<Path> files = Files.list(regions)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) Files.delete(f);
        }
    }

    private static String percent(BigDecimal fraction) { return Rounding.percent(fraction); }

    private String summary(PriceCatalog c) {
        StringBuilder s = new StringBuilder();
        s.append("instance types: ").append(specs.types().size()).append(" (").append(specs.skipped())
                .append(" without vCPU/memory left out)\n");
        s.append("1y Standard All Upfront / On-Demand, median per generation (2023-08 us-east-1):\n");
        ratios.measured().forEach((g, grp) -> s.append("  generation ").append(g).append(": ")
                .append(grp.ratio().toPlainString()).append(" over ").append(grp.samples()).append(" types\n"));
        s.append("  no generation number: ").append(ratios.allTypes().ratio().toPlainString()).append(" over ")
                .append(ratios.allTypes().samples()).append(" types\n");
        s.append("us-east-1 Reserved: ").append(eastFromNoUpfront.size()).append(" types from their published No Upfront rates (")
                .append(reserved.fromNoUpfrontOnly()).append(" without a published 2023 anchor), ")
                .append(reserved.publishedAnchors()).append(" types with a published 2023 anchor, ")
                .append(reserved.estimatedTypes()).append(" estimated from the generation ratio\n");
        s.append("On-Demand rates from the 2025-04-04 feed: ").append(onDemand.fromFeed()).append('\n');
        s.append("Reserved No Upfront rates published outside us-east-1: ").append(regionalReserved.publishedRates())
                .append(" (").append(regionalReserved.staleRates()).append(" left out: no On-Demand price, or another one)\n");
        s.append("Partial/All Upfront rule against x2iedn.32xlarge's published effective hourlies: ")
                .append(upfrontRuleErrors.size()).append(" checks, median absolute error ").append(percent(GenerationRatios.median(upfrontRuleErrors.stream().map(BigDecimal::abs).toList())))
                .append(", largest ").append(percent(upfrontRuleErrors.stream().map(BigDecimal::abs).max(BigDecimal::compareTo).orElseThrow()))
                .append('\n');
        s.append("Spot rates: ").append(spotRates).append("; left out (savings outside 0-100%): ").append(spotLeftOut).append('\n');
        s.append("On-Demand price level against us-east-1: ").append(regional.priceLevels()).append('\n');
        s.append("price-level rule on ").append(FARGATE_CHECK_REGION).append(" Fargate, (estimate − published) ÷ published: ")
                .append(fargateCheck).append('\n');
        s.append("Fargate Spot rule on ").append(FARGATE_CHECK_REGION).append(", (estimate − published) ÷ published: ")
                .append(fargateSpotCheck).append('\n');
        s.append("estimates written as formulas over other rates (each checked to give its figure): ").append(formulas).append('\n');
        s.append("regions: ").append(c.regions()).append('\n');
        return s.toString();
    }
}
