package dev.costbench.catalog.reference;

import dev.costbench.catalog.CatalogWriter;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the shipped {@code pricing-data/} from the offline AWS reference data by the rules in
 * docs/pricing-data.md. A test rebuilds it and compares with the shipped files, so the data cannot drift
 * from its rules. Usage: {@code ReferenceCatalogBuilder <reference folder> <output folder>}.
 */
public final class ReferenceCatalogBuilder {
    static final String CATALOG_VERSION = "2026.07.20";
    /** The date of the On-Demand table, the newest complete rate set. */
    static final String CATALOG_AS_OF = "2026-07-20";
    static final String ON_DEMAND_FILE = "ec2_ondemand_linux_karpenter_2026-07-20.csv";
    static final List<String> ON_DEMAND_REGIONS = List.of("us-east-1", "us-gov-east-1", "us-gov-west-1");

    private final Path referenceDir;
    private final PriceCatalog.Builder builder = PriceCatalog.builder().version(CATALOG_VERSION).asOf(CATALOG_AS_OF);
    private final SourceTable sources = new SourceTable(builder);
    private InstanceSpecs specs;
    private GenerationRatios ratios;
    private ReservedOffers reserved;
    private SavingsPlanRates savingsPlans;
    private int spotRates;

    private ReferenceCatalogBuilder(Path referenceDir) { this.referenceDir = referenceDir; }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReferenceCatalogBuilder <reference folder> <output folder>");
            System.exit(2);
        }
        ReferenceCatalogBuilder b = new ReferenceCatalogBuilder(Path.of(args[0]));
        PriceCatalog catalog = b.run();
        Path out = Path.of(args[1]);
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

        Map<String, Map<String, BigDecimal>> onDemand = addOnDemand(ReferenceTable.read(referenceDir, ON_DEMAND_FILE));

        ratios = new GenerationRatios(ReferenceTable.read(referenceDir, GenerationRatios.FILE));
        reserved = new ReservedOffers(ReferenceTable.read(referenceDir, ReservedOffers.M5_FILE),
                ReferenceTable.read(referenceDir, GenerationRatios.FILE),
                ReferenceTable.read(referenceDir, ReservedOffers.X2IEDN_FILE), ratios, sources);
        reserved.addTo(builder, onDemand.get(ReservedOffers.REGION));

        savingsPlans = new SavingsPlanRates(reserved, sources);
        savingsPlans.addEc2(builder, builder.build(), ReservedOffers.REGION);

        spotRates = new SpotAdvisorRates(referenceDir).addTo(builder, "us-east-1", onDemand.get("us-east-1"), sources);

        new ServicePrices(ReferenceTable.read(referenceDir, ServicePrices.FILE), sources).addTo(builder);
        PriceCatalog services = builder.build();
        for (String region : services.regions()) {
            if (services.serviceRate(region, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU).isPresent())
                savingsPlans.addFargate(builder, services, region);
            if (services.serviceRate(region, ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1).isPresent())
                savingsPlans.addLambda(builder, services, region);
        }
        addOffers(builder.build());
        return builder.build();
    }

    private Map<String, Map<String, BigDecimal>> addOnDemand(ReferenceTable table) {
        Provenance p = sources.published("ec2-on-demand-2026-07-20",
                "AWS On-Demand Linux/UNIX shared-tenancy hourly prices as generated from AWS's price list by the "
                        + "Karpenter AWS provider on 2026-07-20T13:44Z (us-east-1 and GovCloud)", "2026-07-20");
        Map<String, Map<String, BigDecimal>> byRegion = new TreeMap<>();
        for (Map<String, String> row : table.rows()) {
            String region = row.get("region");
            if (!ON_DEMAND_REGIONS.contains(region)) continue;
            BigDecimal usd = table.decimal(row, "usd_per_hour");
            byRegion.computeIfAbsent(region, r -> new TreeMap<>()).put(row.get("instance_type"), usd);
            builder.onDemand(region, row.get("instance_type"), new Rate(usd, "hour", p));
        }
        return byRegion;
    }

    /** Per region and service: the newest date among the rates shown for it, and the data set they came from. */
    private void addOffers(PriceCatalog c) {
        for (String region : c.regions()) {
            PriceCatalog.RegionView r = c.region(region);
            offer(region, "ec2", r.onDemand().values().stream().map(Rate::provenance),
                    "On-Demand table generated 2026-07-20T13:44Z from AWS's price list");
            offer(region, "ec2_reserved", r.reserved().values().stream().flatMap(m -> m.values().stream())
                            .map(x -> x.provenance()),
                    "price list 20210205204500 (m5.large), 2023-08-30 snapshot (1y Standard All Upfront), estimates");
            offer(region, "ec2_spot", r.spot().values().stream().map(x -> x.provenance()),
                    "Spot Advisor data of 2025-06-28; prices estimated from On-Demand");
            offer(region, "savings_plans", Stream.concat(
                            r.ec2SavingsPlans().values().stream().flatMap(m -> m.values().stream()),
                            r.serviceSavingsPlans().values().stream().flatMap(m -> m.values().stream()))
                    .map(Rate::provenance), "estimated from Reserved Instance and service rates");
            Map<String, List<Provenance>> byService = new TreeMap<>();
            r.service().forEach((key, rate) -> byService.computeIfAbsent(key.substring(0, key.indexOf('/')),
                    k -> new ArrayList<>()).add(rate.provenance()));
            byService.forEach((service, list) -> offer(region, service, list.stream(), serviceVersion(service, region)));
        }
    }

    private void offer(String region, String service, Stream<Provenance> rates, String version) {
        rates.map(Provenance::asOf).max(String::compareTo)
                .ifPresent(date -> builder.offer(region, new OfferInfo(service, date, version)));
    }

    private static String serviceVersion(String service, String region) {
        return switch (service) {
            case ServiceRates.EKS -> "infracost goldens @16e40f6";
            case ServiceRates.FARGATE -> region.equals("us-east-1")
                    ? "infracost goldens @16e40f6; arm64 and ephemeral storage from a public blog"
                    : "AmazonECS offer rows effective 2022-01-01 (ligoj fixture @fe58e06)";
            case ServiceRates.FARGATE_SPOT -> "Fargate Spot price feed 20190730194642";
            case ServiceRates.LAMBDA -> "infracost goldens @e9ce629; x86 provisioned concurrency from public quotes";
            case ServiceRates.ELB -> "infracost goldens @e9ce629";
            case ServiceRates.EBS -> "AmazonEC2 offer file 20230322145651 (us-east-2)";
            default -> throw new IllegalStateException("no offer version for service " + service);
        };
    }

    /** Region files of an earlier build would linger if a region were dropped; the writer rewrites the rest. */
    private static void clearRegionFiles(Path out) throws IOException {
        Path regions = out.resolve("regions");
        if (!Files.isDirectory(regions)) return;
        try (Stream<Path> files = Files.list(regions)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) Files.delete(f);
        }
    }

    private String summary(PriceCatalog c) {
        StringBuilder s = new StringBuilder();
        s.append("instance types: ").append(specs.types().size()).append(" (").append(specs.skipped())
                .append(" without vCPU/memory left out)\n");
        s.append("1y Standard All Upfront / On-Demand, median per generation (2023-08 us-east-1):\n");
        ratios.measured().forEach((g, grp) -> s.append("  generation ").append(g).append(": ")
                .append(grp.ratio().toPlainString()).append(" over ").append(grp.samples()).append(" types\n"));
        s.append("  no generation number: ").append(ratios.allTypes().ratio().toPlainString()).append(" over ")
                .append(ratios.allTypes().samples()).append(" types\n");
        s.append("us-east-1 Reserved: ").append(reserved.publishedAnchors()).append(" types with a published 2023 anchor, ")
                .append(reserved.estimatedTypes()).append(" estimated from the generation ratio\n");
        s.append("us-east-1 Spot rates: ").append(spotRates).append('\n');
        s.append("regions: ").append(c.regions()).append('\n');
        return s.toString();
    }
}
