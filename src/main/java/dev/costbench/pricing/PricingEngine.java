package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Architecture;
import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.eks.ClusterFees;
import dev.costbench.pricing.elb.AlbTargets;
import dev.costbench.pricing.graviton.GravitonAdvisor;
import dev.costbench.pricing.graviton.TwinChoice;
import dev.costbench.pricing.graviton.TwinPricing;
import dev.costbench.pricing.lambda.AccountDuration;
import dev.costbench.pricing.lambda.FreeTierAllowance;
import dev.costbench.pricing.lambda.LambdaRules;
import dev.costbench.pricing.load.SteadyLoad;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Prices a scenario: every block under all 26 purchase options, its chosen option, its Graviton twin, and the
 * scenario's totals. One engine per catalog; it keeps per-region rate bundles and Graviton choices between
 * calls (the catalog is immutable), so repricing after an edit only does the arithmetic. Thread-safe.
 */
public final class PricingEngine {
    /** Blocks priced together on one thread: large enough that handing work out costs little. */
    private static final int CHUNK = 64;

    private final PriceCatalog catalog;
    private final GravitonAdvisor graviton;
    private final Map<String, RateBook> rateBooks = new ConcurrentHashMap<>();
    private final RecentBlockCosts recent = new RecentBlockCosts();
    /** The Lambda functions of the last scenario priced, with their usage rules; replaced whole, never changed. */
    private volatile Map<LambdaFunction, LambdaRules> lambdaRules = Map.of();

    public PricingEngine(PriceCatalog catalog) {
        this.catalog = catalog;
        this.graviton = new GravitonAdvisor(catalog);
    }

    public PriceCatalog catalog() { return catalog; }

    public CostReport price(Scenario scenario) {
        String region = scenario.region();
        RateBook rates = rateBooks.computeIfAbsent(region, r -> new RateBook(catalog, r));
        List<String> warnings = new ArrayList<>();
        PurchaseOption scenarioOption = scenario.purchaseOption();
        MissingPrice regionMissing = null;
        if (!rates.regionKnown()) {
            String known = String.join(", ", catalog.regions());
            warnings.add("region " + region + " is not in the price catalog (it has " + (known.isEmpty() ? "no regions" : known)
                    + "); every price in this scenario is missing");
            regionMissing = new MissingPrice(region, "catalog", "region " + region + " (the catalog covers "
                    + (known.isEmpty() ? "no regions" : known) + ")");
        }
        ClusterFees clusterFees = ClusterFees.of(scenario.blocks());
        warnings.addAll(clusterFees.warnings());
        // a function's usage rules are reused from the last reprice while it is the same object (blocks are immutable)
        Map<LambdaFunction, LambdaRules> previousRules = lambdaRules, rules = new IdentityHashMap<>();
        Map<String, FreeTierAllowance> freeTier = FreeTierAllowance.shareOut(scenario.blocks(), scenario.lambdaFreeTier(),
                f -> {
                    LambdaRules r = previousRules.get(f);
                    if (r == null) r = LambdaRules.of(f);
                    rules.put(f, r);
                    return r;
                });
        lambdaRules = rules;
        Map<String, AccountDuration> lambdaAccount = AccountDuration.of(scenario.blocks(), freeTier);

        Map<String, AlbTargets> albTargets = AlbTargets.of(scenario.blocks(), scenario.connections());
        BlockContext context = new BlockContext(rates, scenarioOption, clusterFees, freeTier, lambdaAccount, albTargets,
                regionMissing);
        List<Block> designBlocks = scenario.blocks();
        BlockCost[] priced = new BlockCost[designBlocks.size()];
        RecentBlockCosts.Key[] keys = new RecentBlockCosts.Key[priced.length];
        int unpriced = 0;
        for (int i = 0; i < priced.length; i++) {
            Block block = designBlocks.get(i);
            keys[i] = new RecentBlockCosts.Key(block, region, context.scenarioOption(), context.shareOf(block));
            priced[i] = recent.find(keys[i]);
            if (priced[i] == null) unpriced++;
        }
        int chunks = (priced.length + CHUNK - 1) / CHUNK;
        ScenarioTotals[] parts = new ScenarioTotals[chunks];
        IntStream work = IntStream.range(0, chunks);
        // blocks are independent once cluster fees and the free tier are shared out, so a large design uses every
        // core; after an edit only a block or two is new, and handing out the sums would cost more than it saves
        if (unpriced > CHUNK && ForkJoinPool.getCommonPoolParallelism() > 0) work = work.parallel();
        work.forEach(c -> {
            ScenarioTotals part = new ScenarioTotals();
            for (int i = c * CHUNK, end = Math.min(priced.length, i + CHUNK); i < end; i++) {
                if (priced[i] == null) priced[i] = priceBlock(designBlocks.get(i), context);
                part.add(priced[i]);
            }
            parts[c] = part;
        });
        ScenarioTotals totals = new ScenarioTotals();
        for (ScenarioTotals part : parts) totals.add(part);
        List<BlockCost> blocks = List.of(priced);
        Map<RecentBlockCosts.Key, BlockCost> byKey = new java.util.HashMap<>(priced.length * 2);
        for (int i = 0; i < priced.length; i++) byKey.put(keys[i], priced[i]);
        recent.remember(byKey);

        Set<MissingPrice> missing = new LinkedHashSet<>();
        for (BlockCost b : blocks) {
            if (!b.missing().isEmpty()) missing.addAll(b.missing());
            for (String w : b.warnings()) warnings.add(b.name() + ": " + w);
        }
        return new CostReport(catalog.version(), catalog.asOf(), scenario.name(), region, blocks, totals.build(),
                totals.chosenMonthly(), totals.chosenUpfront(), totals.gravitonMonthly(), List.copyOf(warnings),
                List.copyOf(missing));
    }

    /** What every block of one scenario shares while it is priced. */
    private record BlockContext(RateBook rates, PurchaseOption scenarioOption, ClusterFees clusterFees,
                                Map<String, FreeTierAllowance> freeTier, Map<String, AccountDuration> lambdaAccount,
                                Map<String, AlbTargets> albTargets,
                                MissingPrice regionMissing) {
        AlbTargets targets(LoadBalancer lb) { return albTargets.getOrDefault(lb.id(), AlbTargets.OTHER); }

        /** What a block's price depends on besides the block itself and the region: see {@link RecentBlockCosts}. */
        SharedCosts shares() {
            return new SharedCosts() {
                public EveryOptionLines clusterFee(EksNodeGroup g) { return clusterFees.linesFor(g, rates); }
                public FreeTierAllowance freeTier(LambdaFunction f) { return freeTier.getOrDefault(f.id(), FreeTierAllowance.NONE); }
                public AccountDuration lambdaAccount(LambdaFunction f) { return lambdaAccount.get(f.id()); }
                public AlbTargets albTargets(LoadBalancer lb) { return targets(lb); }
            };
        }

        Object shareOf(Block block) {
            return switch (block) {
                case EksNodeGroup g -> clusterFees.pays(g);
                // the account's total GB-seconds sets the function's share of the tiered cost
                case LambdaFunction f -> List.of(freeTier.getOrDefault(f.id(), FreeTierAllowance.NONE),
                        lambdaAccount.get(f.id()).total().value());
                case LoadBalancer lb -> targets(lb);
                default -> null;
            };
        }
    }

    /** How to price a block's Graviton twin, or why it has none. */
    private record TwinPlan(String fromType, String twinType, String rule, Supplier<PricedBlock> pricing, String reason) {
        static TwinPlan none(String reason) { return new TwinPlan(null, null, null, null, reason); }
    }

    private BlockCost priceBlock(Block block, BlockContext cx) {
        RateBook rates = cx.rates();
        KindPricer pricer = KindPricers.of(block, rates, cx.shares());
        PricedBlock design = pricer.price();
        TwinPlan twin = switch (pricer) {
            case KindPricer.OnInstanceType p -> instanceTwin(rates, p.type(), p.gravitonOverride(), p.onType());
            case KindPricer.OnArchitecture p -> architectureTwin(p.architecture(), p.twinRule(),
                    () -> p.onArchitecture().apply(Architecture.ARM64));
            case KindPricer.WithoutTwin p -> TwinPlan.none(p.noTwinReason());
        };
        OptionMap<OptionCost> options = cx.regionMissing() == null ? design.options() : allMissing(design, cx.regionMissing());
        List<String> warnings = new ArrayList<>(design.warnings());
        PurchaseOption chosenOption = ChosenOption.of(block, cx.scenarioOption(), options);
        OptionCost chosen = options.get(chosenOption);

        CostRange range = null;
        if (chosen.isPriced()) {
            if (SteadyLoad.profiled(block))
                range = new CostRange(steadyCost(block, SteadyLoad.atQuietest(block), cx, chosenOption), chosen.monthlyEffective(),
                        steadyCost(block, SteadyLoad.atBusiest(block), cx, chosenOption));
            else range = KindPricers.unprofiledRange(block, rates, chosenOption, chosen.monthlyEffective());
        }

        GravitonTwin graviton;
        OptionCost asDesigned = options.get(PurchaseOption.ON_DEMAND);
        if (twin.pricing() == null) {
            graviton = GravitonTwin.unavailable(twin.reason());
        } else if (asDesigned.status() == OptionCost.Status.NOT_APPLICABLE) {
            graviton = GravitonTwin.unavailable("no twin while the block itself cannot be priced: " + asDesigned.reason());
        } else {
            PricedBlock twinPriced = twin.pricing().get();
            if (cx.regionMissing() != null) twinPriced = new PricedBlock(twinPriced.keySize(),
                    allMissing(twinPriced, cx.regionMissing()), twinPriced.warnings());
            // a twin's warnings matter when the twin brings a problem of its own (e.g. arm64 has no Fargate Spot);
            // when the block already warns, the twin's would only repeat it with another type name
            if (design.warnings().isEmpty())
                for (String w : twinPriced.warnings()) warnings.add("Graviton twin: " + w);
            graviton = TwinPricing.of(twin.fromType(), twin.twinType(), twin.rule(), twinPriced, chosenOption, chosen);
        }
        return new BlockCost(block.id(), block.name(), block.kind(), design.keySize(), options, chosenOption, graviton,
                range, List.copyOf(warnings), missingOf(options));
    }

    /**
     * Monthly cost under {@code chosenOption} of {@code steady}, the block held at one hour of its load profile all
     * month; null when that is not priced. The cluster fee and free tier stay those of the block as designed.
     */
    private static BigDecimal steadyCost(Block block, Block steady, BlockContext cx, PurchaseOption chosenOption) {
        SharedCosts designed = cx.shares();
        // the steady block keeps the designed block's share: the cluster fee of its group, the free tier cut to its usage
        SharedCosts asDesigned = new SharedCosts() {
            public EveryOptionLines clusterFee(EksNodeGroup g) { return designed.clusterFee((EksNodeGroup) block); }
            public FreeTierAllowance freeTier(LambdaFunction f) { return designed.freeTier((LambdaFunction) block).within(f); }
            // one hour held all month is priced on the function's own tiers, as a what-if apart from the account
            public AccountDuration lambdaAccount(LambdaFunction f) { return null; }
            public AlbTargets albTargets(LoadBalancer lb) { return designed.albTargets(lb); }
        };
        PricedBlock priced = KindPricers.of(steady, cx.rates(), asDesigned).price();
        OptionCost c = priced.options().get(chosenOption);
        return c != null && c.isPriced() ? c.monthlyEffective() : null;
    }

    private TwinPlan instanceTwin(RateBook rates, String type, String override, Function<String, PricedBlock> pricing) {
        TwinChoice choice = graviton.choose(rates.region(), type, override);
        if (!choice.available()) return TwinPlan.none(choice.unavailableReason());
        return new TwinPlan(type, choice.twinType(), choice.rule(), () -> pricing.apply(choice.twinType()), null);
    }

    private static TwinPlan architectureTwin(Architecture arch, String rule, Supplier<PricedBlock> pricing) {
        if (arch == Architecture.ARM64) return TwinPlan.none("already runs on arm64 (Graviton)");
        return new TwinPlan(null, null, rule, pricing, null);
    }

    /** In a region the catalog lacks, every option that needed a price says which region is missing. */
    private static OptionMap<OptionCost> allMissing(PricedBlock design, MissingPrice region) {
        List<MissingPrice> one = List.of(region);
        return OptionMap.of(o -> {
            OptionCost c = design.options().get(o);
            return c.status() == OptionCost.Status.NOT_APPLICABLE ? c : OptionCost.missing(o, one);
        });
    }

    private static List<MissingPrice> missingOf(OptionMap<OptionCost> options) {
        Set<MissingPrice> out = null;
        for (OptionCost c : options.values()) {
            if (c.missing().isEmpty()) continue;
            if (out == null) out = new LinkedHashSet<>();
            out.addAll(c.missing());
        }
        return out == null ? List.of() : List.copyOf(out);
    }
}
