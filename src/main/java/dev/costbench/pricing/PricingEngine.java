package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Architecture;
import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.eks.ClusterFees;
import dev.costbench.pricing.ec2.DedicatedFees;
import dev.costbench.model.Tenancy;
import dev.costbench.pricing.elb.AlbTargets;
import dev.costbench.pricing.graviton.GravitonAdvisor;
import dev.costbench.pricing.graviton.TwinChoice;
import dev.costbench.pricing.graviton.TwinPricing;
import dev.costbench.pricing.lambda.AccountDuration;
import dev.costbench.pricing.lambda.FreeTierAllowance;
import dev.costbench.pricing.lambda.LambdaRules;
import dev.costbench.pricing.load.SteadyLoad;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.traffic.BlockTraffic;
import dev.costbench.pricing.traffic.TrafficCharges;
import dev.costbench.pricing.traffic.TrafficLines;

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
    private final Map<String, RateBook> rateBooks;
    /**
     * What the blocks of the last scenarios priced share, newest first ({@link #KEPT}): the What-if preview prices the
     * design and its changed copy in turn, and each finds its own. Replaced whole, never changed.
     */
    private volatile List<Shared> recentShared = List.of();

    /**
     * Whether this engine works the old way, for the property tests to compare with: every block in a full
     * reprice priced on its own (no costs reused by content) and keeping the lines its pricing built.
     */
    private final boolean reference;
    /** Blocks priced by this engine and those apart from it, not taken from memory: what a reprice cost, for tests and benches. */
    private final java.util.concurrent.atomic.LongAdder blocksPriced;

    public PricingEngine(PriceCatalog catalog) { this(catalog, false); }

    /** {@code reference}: see {@link #reference}. */
    PricingEngine(PriceCatalog catalog, boolean reference) {
        this.catalog = catalog;
        this.graviton = new GravitonAdvisor(catalog);
        this.rateBooks = new ConcurrentHashMap<>();
        this.reference = reference;
        this.blocksPriced = new java.util.concurrent.atomic.LongAdder();
    }

    private PricingEngine(PricingEngine from) {
        this.catalog = from.catalog;
        this.graviton = from.graviton;
        this.rateBooks = from.rateBooks;
        this.reference = from.reference;
        this.recentShared = from.recentShared;
        this.recent = from.recent;
        this.blocksPriced = from.blocksPriced;
    }

    /**
     * An engine of the same catalog, rate books and Graviton choices that remembers its own scenarios, starting from
     * what this one remembers now. For a caller that prices a sequence of its own beside the window's, as a What-if
     * tick does (the design under traffic ×2, again after each edit): each of its reprices goes by difference from its
     * own last one instead of from whatever the window priced in between, and it pushes none of the window's out.
     */
    public PricingEngine apart() { return new PricingEngine(this); }

    public PriceCatalog catalog() { return catalog; }

    /** How many blocks this engine and the engines {@link #apart} from it have priced, not counting costs taken from memory. */
    public long blocksPriced() { return blocksPriced.sum(); }

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
        Block[] designBlocks = scenario.blocks().toArray(new Block[0]);
        Shared shared = shared(designBlocks, scenario);
        ClusterFees clusterFees = shared.clusterFees();
        warnings.addAll(clusterFees.warnings());
        warnings.addAll(shared.traffic().warnings());
        Map<String, FreeTierAllowance> freeTier = shared.freeTier();
        Map<String, AccountDuration> lambdaAccount = shared.lambdaAccount();
        Map<String, AlbTargets> albTargets = shared.albTargets();
        BlockContext context = new BlockContext(rates, scenarioOption, clusterFees, freeTier, lambdaAccount, albTargets,
                shared.dedicatedFees(), shared.traffic(), regionMissing);
        int n = designBlocks.length;
        Object[] shares = new Object[n];
        BlockCost[] priced = new BlockCost[n];
        ScenarioTotals totals = byDifference(designBlocks, shares, priced, region, scenarioOption, regionMissing == null, context);
        Map<Content, BlockCost> byContent;
        if (totals == null) {
            for (int i = 0; i < n; i++) shares[i] = context.shareOf(designBlocks[i]);
            // sized for every block at once: growing it while two threads fill it was 1 % of a cold reprice
            byContent = new ConcurrentHashMap<>(n);
            totals = sumAll(designBlocks, shares, priced, context, byContent,
                    reference ? List.of() : remembered(region, scenarioOption, regionMissing == null));
        } else {
            // a small edit adds no contents: the ones kept stay for the next full reprice (an undo, a region switched back)
            List<Map<Content, BlockCost>> kept = remembered(region, scenarioOption, regionMissing == null);
            byContent = kept.isEmpty() ? Map.of() : kept.getFirst();
        }
        remember(new Priced(designBlocks, shares, priced, region, scenarioOption, regionMissing == null, context, totals, byContent));
        List<BlockCost> blocks = List.of(priced);

        Set<MissingPrice> missing = new LinkedHashSet<>();
        for (BlockCost b : blocks) {
            if (!b.missing().isEmpty()) missing.addAll(b.missing());
            for (String w : b.warnings()) warnings.add(b.name() + ": " + w);
        }
        return new CostReport(catalog.version(), catalog.asOf(), scenario.name(), region, blocks, totals.build(),
                totals.chosenMonthly(), totals.chosenUpfront(), totals.gravitonMonthly(), List.copyOf(warnings),
                List.copyOf(missing));
    }

    /**
     * What a scenario's blocks share, worked out from the blocks of the kinds it depends on: EKS node groups for
     * the cluster fees, Lambda functions (and the scenario's free tier setting) for the free tier and the account's
     * duration tiers, load balancers, the kinds of the blocks they forward to and the connections for the ALB
     * targets. Each part is kept from the last scenario while the blocks it depends on are the same objects, so an
     * edit elsewhere does not work it out again, and the blocks' shares stay the same objects.
     */
    private record Shared(Block[] blocks, LambdaFunction[] lambdas, EksNodeGroup[] groups, boolean freeTierOn,
                          List<Connection> connections, Map<LambdaFunction, LambdaRules> rules, ClusterFees clusterFees,
                          Map<String, FreeTierAllowance> freeTier, Map<String, AccountDuration> lambdaAccount,
                          Map<String, AlbTargets> albTargets, Block[] ec2Backed, DedicatedFees dedicatedFees,
                          TrafficCharges traffic, String region, List<Container> containers, Set<String> trafficEnds) {}

    private Shared shared(Block[] blocks, Scenario scenario) {
        List<LambdaFunction> lambdaList = new ArrayList<>();
        List<EksNodeGroup> groupList = new ArrayList<>();
        List<Block> ec2BackedList = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof LambdaFunction f) lambdaList.add(f);
            else if (b instanceof EksNodeGroup g) groupList.add(g);
            // every block that may run Dedicated Instances (the EC2-backed kinds, whatever their mode)
            if (DedicatedFees.mayRunDedicated(b)) ec2BackedList.add(b);
        }
        Block[] ec2Backed = ec2BackedList.toArray(new Block[0]);
        LambdaFunction[] lambdas = lambdaList.toArray(new LambdaFunction[0]);
        EksNodeGroup[] groups = groupList.toArray(new EksNodeGroup[0]);
        List<Block> blockList = scenario.blocks();
        List<Shared> recent = recentShared;
        Shared groupsKept = null, ec2Kept = null, lambdasKept = null, targetsKept = null, endsKept = null, trafficKept = null;
        Set<String> ends = null;
        for (Shared last : recent) {
            if (groupsKept == null && sameObjects(last.groups(), groups)) groupsKept = last;
            if (ec2Kept == null && sameObjects(last.ec2Backed(), ec2Backed)) ec2Kept = last;
            if (lambdasKept == null && last.freeTierOn() == scenario.lambdaFreeTier() && sameUsage(last.lambdas(), lambdas)) lambdasKept = last;
            if (targetsKept == null && sameTargets(last, blocks, scenario.connections())) targetsKept = last;
            if (endsKept == null && last.connections().equals(scenario.connections())) endsKept = last;
        }
        ClusterFees clusterFees = groupsKept != null ? groupsKept.clusterFees() : ClusterFees.of(blockList);
        // the first block running Dedicated Instances pays the region's fee; kept while the EC2-backed blocks are the same
        DedicatedFees dedicatedFees = ec2Kept != null ? ec2Kept.dedicatedFees() : DedicatedFees.of(blockList);

        Map<LambdaFunction, LambdaRules> rules;
        Map<String, FreeTierAllowance> freeTier;
        Map<String, AccountDuration> lambdaAccount;
        if (lambdasKept != null) {
            rules = lambdasKept.rules();
            freeTier = lambdasKept.freeTier();
            lambdaAccount = lambdasKept.lambdaAccount();
        } else {
            // a function's usage rules are reused from the last reprice while it is the same object (blocks are immutable)
            Map<LambdaFunction, LambdaRules> previousRules = recent.isEmpty() ? Map.of() : recent.getFirst().rules(),
                    next = new IdentityHashMap<>();
            freeTier = FreeTierAllowance.shareOut(blockList, scenario.lambdaFreeTier(), f -> {
                LambdaRules r = previousRules.get(f);
                if (r == null) r = LambdaRules.of(f);
                next.put(f, r);
                return r;
            });
            rules = next;
            lambdaAccount = AccountDuration.of(blockList, freeTier);
        }

        Map<String, AlbTargets> albTargets = targetsKept != null ? targetsKept.albTargets() : AlbTargets.of(blockList, scenario.connections());
        // traffic spans both ends of each connection: kept while no block at an end changed (nor the connections, the
        // frames or the region), else worked out again and kept as the same object if it comes out equal, so blocks keep
        // their costs
        ends = endsKept != null ? endsKept.trafficEnds() : TrafficCharges.ends(scenario.connections());
        for (Shared last : recent) if (sameTraffic(last, blocks, scenario, ends)) { trafficKept = last; break; }
        TrafficCharges traffic;
        if (trafficKept != null) traffic = trafficKept.traffic();
        else {
            traffic = TrafficCharges.of(scenario);
            for (Shared last : recent) if (last.traffic().equals(traffic)) { traffic = last.traffic(); break; }
        }
        Shared now = new Shared(blocks, lambdas, groups, scenario.lambdaFreeTier(), scenario.connections(), rules, clusterFees,
                freeTier, lambdaAccount, albTargets, ec2Backed, dedicatedFees, traffic, scenario.region(), scenario.containers(), ends);
        List<Shared> next = new ArrayList<>(KEPT);
        next.add(now);
        for (Shared older : recent) if (next.size() < KEPT) next.add(older);
        recentShared = List.copyOf(next);
        return now;
    }

    /**
     * Whether the traffic charges cannot have moved since {@code last}: the same connections, frames and region, and
     * every block at an end of a connection that carries GB the same object, and every ECR repository too (its pulls
     * from the internet count in the account's egress tiers, in the order of the blocks). A one-block edit away from
     * those works none of the charges out again.
     */
    private static boolean sameTraffic(Shared last, Block[] blocks, Scenario scenario, Set<String> ends) {
        if (last.blocks().length != blocks.length || !last.region().equals(scenario.region())
                || !last.connections().equals(scenario.connections()) || !last.containers().equals(scenario.containers()))
            return false;
        Block[] old = last.blocks();
        for (int i = 0; i < blocks.length; i++)
            if (old[i] != blocks[i] && (old[i] instanceof EcrRepository || blocks[i] instanceof EcrRepository
                    || ends.contains(old[i].id()) || ends.contains(blocks[i].id()))) return false;
        return true;
    }

    private static boolean sameObjects(Object[] a, Object[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    /**
     * Whether the functions share the free tier and duration tiers as before: the same objects, or a function only
     * renamed or moved on the canvas (the sharing goes by id and usage, never by name or place).
     */
    private static boolean sameUsage(LambdaFunction[] a, LambdaFunction[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++)
            if (a[i] != b[i] && !a[i].withName(b[i].name()).withPosition(b[i].x(), b[i].y()).equals(b[i])) return false;
        return true;
    }

    /** Whether the ALB targets cannot have moved: the same connections, and every block the same or a block of the same id and kind (a load balancer of the same type). */
    private static boolean sameTargets(Shared last, Block[] blocks, List<Connection> connections) {
        if (!last.connections().equals(connections) || last.blocks().length != blocks.length) return false;
        Block[] old = last.blocks();
        for (int i = 0; i < blocks.length; i++) {
            Block a = old[i], b = blocks[i];
            if (a == b) continue;
            if (a.getClass() != b.getClass() || !a.id().equals(b.id())) return false;
            // a load balancer's targets go by whether it is an ALB; its name, place and traffic do not move them
            if (a instanceof LoadBalancer la && b instanceof LoadBalancer lb && la.type() != lb.type()) return false;
        }
        return true;
    }

    /**
     * A scenario as priced: its blocks, what each took from the others ({@link BlockContext#shareOf}), their costs
     * and the totals, under one region and default option. Never changed once made; the arrays are the engine's.
     */
    private record Priced(Block[] blocks, Object[] shares, BlockCost[] costs, String region, PurchaseOption option,
                          boolean regionKnown, BlockContext context, ScenarioTotals totals, Map<Content, BlockCost> byContent) {}

    /**
     * What a block's costs follow from, besides the region and the scenario's default option: the block without
     * what no pricer reads (its name and place on the canvas, and its id, except a Lambda function's, which its
     * account-tier lines name), and its share of what blocks share ({@link BlockContext#shareOf}). Blocks are
     * immutable values, so two blocks of the same content priced under the same region and option cost the same:
     * a design's many copies of one block are priced once, and so is a block renamed, moved, or put back as it was.
     */
    private record Content(Block block, Object share) {
        private static final String ANY = "·";

        static Content of(Block block, Object share) {
            Block plain = block.withName(ANY).withPosition(0, 0);
            return new Content(block instanceof LambdaFunction ? plain : plain.withId(ANY), share);
        }
    }

    /** The contents the remembered scenarios priced under {@code region} and {@code option}, newest first. */
    private List<Map<Content, BlockCost>> remembered(String region, PurchaseOption option, boolean regionKnown) {
        List<Map<Content, BlockCost>> out = new ArrayList<>(KEPT);
        for (Priced p : recent)
            if (p.region().equals(region) && p.option() == option && p.regionKnown() == regionKnown && !p.byContent().isEmpty()
                    && !out.contains(p.byContent())) out.add(p.byContent());
        return out;
    }

    /** {@code cost}, priced for a block of the same content, as the cost of {@code block}: its id and name. */
    private static BlockCost as(Block block, BlockCost cost) {
        if (cost.blockId().equals(block.id()) && cost.name().equals(block.name())) return cost;
        return new BlockCost(block.id(), block.name(), cost.kind(), cost.keySize(), cost.options(), cost.chosenOption(),
                cost.graviton(), cost.range(), cost.warnings(), cost.missing(), cost.keySizeWording());
    }

    /**
     * The scenario on screen and the one before, newest first: an edit and its undo both reprice little, and the
     * What-if preview (which prices the design and its changed copy in turn) finds the design. Each kept scenario
     * holds its blocks' costs, the same memory as the reports a window keeps, so no more are kept.
     */
    private static final int KEPT = 2;
    private volatile List<Priced> recent = List.of();

    private synchronized void remember(Priced p) {
        List<Priced> next = new ArrayList<>(KEPT);
        next.add(p);
        for (Priced older : recent) if (next.size() < KEPT && older.costs() != p.costs()) next.add(older);
        recent = List.copyOf(next);
    }

    /**
     * The totals worked out by difference from the remembered scenario closest to this one, with {@code priced}
     * filled in; null when none is close enough for that to pay (then {@code priced} holds the costs it could reuse).
     * <p>
     * Blocks are immutable, so a block is unchanged when it is the same object. An edit keeps the other blocks'
     * objects and their order, and an insertion or removal shifts them, so the blocks in common are a run at the
     * start and a run at the end: the blocks between are new (priced) or gone (their figures taken out). A block
     * in common whose share of what blocks share moved (an EKS cluster's fee changed hands, the Lambda free tier or
     * the account's duration tiers were shared out anew, an ALB's targets changed) is priced anew as well; the
     * others keep their costs, the same objects, and are not visited at all by the totals.
     */
    private ScenarioTotals byDifference(Block[] now, Object[] shares, BlockCost[] priced, String region, PurchaseOption option,
                                        boolean regionKnown, BlockContext cx) {
        Priced base = null;
        int baseHead = 0, baseTail = 0;
        for (Priced p : recent) {
            if (!p.region().equals(region) || p.option() != option || p.regionKnown() != regionKnown) continue;
            Block[] old = p.blocks();
            int most = Math.min(old.length, now.length), head = 0, tail = 0;
            while (head < most && old[head] == now[head]) head++;
            while (tail < most - head && old[old.length - 1 - tail] == now[now.length - 1 - tail]) tail++;
            if (base == null || head + tail > baseHead + baseTail) {
                base = p;
                baseHead = head;
                baseTail = tail;
            }
        }
        if (base == null) return null;
        Block[] old = base.blocks();
        BlockCost[] oldCosts = base.costs();
        Object[] oldShares = base.shares();
        int shift = old.length - now.length;
        List<BlockCost> gone = new ArrayList<>();
        for (int j = baseHead; j < old.length - baseTail; j++) gone.add(oldCosts[j]);
        int fresh = now.length - baseHead - baseTail;
        BlockContext was = base.context();
        if (was.clusterFees() == cx.clusterFees() && was.freeTier() == cx.freeTier() && was.lambdaAccount() == cx.lambdaAccount()
                && was.albTargets() == cx.albTargets() && was.dedicatedFees() == cx.dedicatedFees()
                && was.traffic() == cx.traffic()) {
            // nothing the blocks share was worked out again, so every block in common keeps its share and its cost
            System.arraycopy(oldShares, 0, shares, 0, baseHead);
            System.arraycopy(oldCosts, 0, priced, 0, baseHead);
            System.arraycopy(oldShares, old.length - baseTail, shares, now.length - baseTail, baseTail);
            System.arraycopy(oldCosts, old.length - baseTail, priced, now.length - baseTail, baseTail);
        } else {
            for (int i = 0; i < now.length; i++) {
                if (i == baseHead) i = now.length - baseTail;
                if (i >= now.length) break;
                int j = i < baseHead ? i : i + shift;
                shares[i] = cx.shareOf(now[i]);
                if (java.util.Objects.equals(shares[i], oldShares[j])) priced[i] = oldCosts[j];
                else {
                    gone.add(oldCosts[j]);
                    fresh++;
                }
            }
        }
        // taking out and putting back more than half the design costs more than summing it afresh
        if (gone.size() + fresh > now.length / 2) return null;
        ScenarioTotals totals = base.totals().copy();
        for (BlockCost c : gone) totals.remove(c);
        for (int i = 0; i < now.length; i++) {
            if (i == baseHead) i = now.length - baseTail;
            if (i >= now.length) break;
            if (priced[i] == null) priced[i] = priceBlock(now[i], cx);
            else continue;
            totals.add(priced[i]);
        }
        for (int i = baseHead; i < now.length - baseTail; i++) {
            shares[i] = cx.shareOf(now[i]);
            totals.add(priced[i] = priceBlock(now[i], cx));
        }
        return totals;
    }

    /**
     * Prices every block {@code priced} lacks and sums them all. A block of a content already priced (in this
     * scenario, or in {@code earlier}, the remembered scenarios of the same region and option) takes that cost;
     * the contents priced are put in {@code byContent}.
     */
    private ScenarioTotals sumAll(Block[] designBlocks, Object[] shares, BlockCost[] priced, BlockContext context,
                                  Map<Content, BlockCost> byContent, List<Map<Content, BlockCost>> earlier) {
        int unpriced = 0;
        for (BlockCost c : priced) if (c == null) unpriced++;
        int chunks = (priced.length + CHUNK - 1) / CHUNK;
        ScenarioTotals[] parts = new ScenarioTotals[chunks];
        IntStream work = IntStream.range(0, chunks);
        // blocks are independent once cluster fees and the free tier are shared out, so a large design uses every
        // core; when only a few blocks are new, handing out the sums would cost more than it saves
        if (unpriced > CHUNK && ForkJoinPool.getCommonPoolParallelism() > 0) work = work.parallel();
        work.forEach(c -> {
            ScenarioTotals part = new ScenarioTotals();
            for (int i = c * CHUNK, end = Math.min(priced.length, i + CHUNK); i < end; i++) {
                Block block = designBlocks[i];
                Content content = reference ? null : Content.of(block, shares[i]);
                BlockCost cost = priced[i];
                if (cost == null && !reference) cost = byContent.get(content);
                for (int e = 0; cost == null && e < earlier.size(); e++) cost = earlier.get(e).get(content);
                if (cost != null) cost = as(block, cost);
                else {
                    cost = priceBlock(block, context);
                    // two blocks of one content priced at once on two cores: both take the first one's cost, so a
                    // later reprice finds the very cost every such block shows, whichever thread won
                    BlockCost first = reference ? null : byContent.putIfAbsent(content, cost);
                    if (first != null) cost = as(block, first);
                }
                if (!reference) byContent.putIfAbsent(content, cost);
                part.add(priced[i] = cost);
            }
            parts[c] = part;
        });
        ScenarioTotals totals = new ScenarioTotals();
        for (ScenarioTotals part : parts) totals.add(part);
        return totals;
    }

    /** The fee share of a block not running Dedicated Instances: nothing, the same object for every such block. */
    private static final EveryOptionLines NO_FEE = new EveryOptionLines();

    /** What every block of one scenario shares while it is priced. */
    private record BlockContext(RateBook rates, PurchaseOption scenarioOption, ClusterFees clusterFees,
                                Map<String, FreeTierAllowance> freeTier, Map<String, AccountDuration> lambdaAccount,
                                Map<String, AlbTargets> albTargets, DedicatedFees dedicatedFees, TrafficCharges traffic,
                                MissingPrice regionMissing) {
        AlbTargets targets(LoadBalancer lb) { return albTargets.getOrDefault(lb.id(), AlbTargets.OTHER); }

        /** What a block's price depends on besides the block itself and the region: see {@link #byDifference}. */
        SharedCosts shares() {
            return new SharedCosts() {
                public EveryOptionLines clusterFee(EksNodeGroup g) { return clusterFees.linesFor(g, rates); }
                public FreeTierAllowance freeTier(LambdaFunction f) { return freeTier.getOrDefault(f.id(), FreeTierAllowance.NONE); }
                public AccountDuration lambdaAccount(LambdaFunction f) { return lambdaAccount.get(f.id()); }
                public AlbTargets albTargets(LoadBalancer lb) { return targets(lb); }
                public EveryOptionLines dedicatedFee(Block b) {
                    return DedicatedFees.tenancy(b) == Tenancy.DEDICATED ? dedicatedFees.linesFor(b, rates) : NO_FEE;
                }
            };
        }

        /** The block's share, with the traffic it pays for on its connections (a NAT gateway's, every GB it receives). */
        Object shareOf(Block block) {
            BlockTraffic paid = traffic.of(block.id());
            Object own = ownShareOf(block);
            return paid.isEmpty() ? own : java.util.Arrays.asList(own, paid);
        }

        /** The block's price within other blocks. */
        KindPricer pricer(Block block, SharedCosts shared) {
            return TrafficLines.onTop(KindPricers.of(block, rates, shared), traffic.of(block.id()), rates);
        }

        private Object ownShareOf(Block block) {
            return switch (block) {
                case EksNodeGroup g when DedicatedFees.tenancy(g) == Tenancy.DEDICATED -> List.of(clusterFees.pays(g), dedicatedFees.pays(g));
                case EksNodeGroup g -> clusterFees.pays(g);
                // the account's total GB-seconds sets the function's share of the tiered cost
                case LambdaFunction f -> List.of(freeTier.getOrDefault(f.id(), FreeTierAllowance.NONE),
                        lambdaAccount.get(f.id()).total().value());
                case LoadBalancer lb -> targets(lb);
                default -> DedicatedFees.tenancy(block) == Tenancy.DEDICATED ? dedicatedFees.pays(block) : null;
            };
        }
    }

    /** How to price a block's Graviton twin, or why it has none. */
    private record TwinPlan(String fromType, String twinType, String rule, Supplier<PricedBlock> pricing, String reason) {
        static TwinPlan none(String reason) { return new TwinPlan(null, null, null, null, reason); }
    }

    private BlockCost priceBlock(Block block, BlockContext cx) {
        blocksPriced.increment();
        RateBook rates = cx.rates();
        KindPricer pricer = cx.pricer(block, cx.shares());
        PricedBlock design = pricer.price();
        TwinPlan twin = switch (pricer) {
            case KindPricer.OnInstanceType p -> instanceTwin(rates, p.type(), p.gravitonOverride(), p.onType());
            case KindPricer.OnInstanceTypes p -> instancesTwin(rates, p);
            case KindPricer.OnArchitecture p -> architectureTwin(p.architecture(), p.twinRule(),
                    () -> p.onArchitecture().apply(Architecture.ARM64));
            case KindPricer.WithoutTwin p -> TwinPlan.none(p.noTwinReason());
        };
        // the figures are kept compact, and the lines and the key size in words worked out again when a view reads
        // them (see OptionFigures): the same pricer, so they carry what it adds on top (traffic on connections)
        LaterLines.Source again = reference || cx.regionMissing() != null ? null : new LaterLines.Source(pricer::price);
        OptionMap<OptionCost> options = cx.regionMissing() != null ? allMissing(design, cx.regionMissing())
                : again == null ? design.options() : OptionFigures.of(design.options(), again);
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
            Supplier<PricedBlock> twinPricing = twin.pricing();
            // the totals read the twin under the block's option (or On-Demand): its other options are priced, lines
            // and all, only when a view (the inspector, the workbook) reads them
            PricedBlock twinPriced = reference ? twinPricing.get() : OptionMap.later(twinPricing);
            if (cx.regionMissing() != null)
                twinPriced = new PricedBlock(twinPriced.keySize(), allMissing(twinPriced, cx.regionMissing()), twinPriced.warnings());
            // a twin's warnings matter when the twin brings a problem of its own (e.g. arm64 has no Fargate Spot);
            // when the block already warns, the twin's would only repeat it with another type name
            if (design.warnings().isEmpty())
                for (String w : twinPriced.warnings()) warnings.add("Graviton twin: " + w);
            graviton = TwinPricing.of(twin.fromType(), twin.twinType(), twin.rule(), twinPriced, chosenOption, chosen);
            if (!reference && cx.regionMissing() == null)
                graviton = new GravitonTwin(true, graviton.fromType(), graviton.twinType(), graviton.rule(),
                        TwinOptions.of(twinPriced.options(), twinPricing), graviton.savingMonthly(), graviton.savingPct(),
                        graviton.reason());
        }
        return new BlockCost(block.id(), block.name(), block.kind(), design.keySize(), options, chosenOption, graviton,
                range, List.copyOf(warnings), missingOf(cx.regionMissing() != null ? options : design.options()),
                words(design.keySizeWords(), again));
    }

    /**
     * The key size in words as a block cost keeps it: worked out again from {@code again} when first read (the
     * workbook's Summary reads it; a reprice never does, and its words and quantities were a fifth of what the engine
     * kept a block), else {@code words} itself.
     */
    private static Supplier<Wording> words(Wording words, LaterLines.Source again) {
        if (words == null) return null;
        return again == null ? () -> words : again::keySizeWords;
    }

    /**
     * Monthly cost under {@code chosenOption} of {@code steady}, the block held at one hour of its load profile all
     * month; null when that is not priced. The cluster fee and free tier stay those of the block as designed.
     */
    private BigDecimal steadyCost(Block block, Block steady, BlockContext cx, PurchaseOption chosenOption) {
        SharedCosts designed = cx.shares();
        // the steady block keeps the designed block's share: the cluster fee of its group, the free tier cut to its usage
        SharedCosts asDesigned = new SharedCosts() {
            public EveryOptionLines clusterFee(EksNodeGroup g) { return designed.clusterFee((EksNodeGroup) block); }
            public FreeTierAllowance freeTier(LambdaFunction f) { return designed.freeTier((LambdaFunction) block).within(f); }
            // one hour held all month is priced on the function's own tiers, as a what-if apart from the account
            public AccountDuration lambdaAccount(LambdaFunction f) { return null; }
            public AlbTargets albTargets(LoadBalancer lb) { return designed.albTargets(lb); }
            public EveryOptionLines dedicatedFee(Block b) { return designed.dedicatedFee(block); }
        };
        // one option is read: the other 25 are never priced
        Supplier<PricedBlock> pricing = () -> cx.pricer(steady, asDesigned).price();
        PricedBlock priced = reference ? pricing.get() : OptionMap.later(pricing);
        OptionCost c = priced.options().get(chosenOption);
        return c != null && c.isPriced() ? c.monthlyEffective() : null;
    }

    private TwinPlan instanceTwin(RateBook rates, String type, String override, Function<String, PricedBlock> pricing) {
        TwinChoice choice = graviton.choose(rates.region(), type, override);
        if (!choice.available()) return TwinPlan.none(choice.unavailableReason());
        return new TwinPlan(type, choice.twinType(), choice.rule(), () -> pricing.apply(choice.twinType()), null);
    }

    /** Every type's twin; no twin when one of the types has none (the reason names the type). */
    private TwinPlan instancesTwin(RateBook rates, KindPricer.OnInstanceTypes p) {
        List<String> twins = new ArrayList<>(p.types().size());
        List<String> rules = new ArrayList<>(p.types().size());
        for (String type : p.types()) {
            TwinChoice choice = graviton.choose(rates.region(), type,
                    type != null && type.equals(p.overriddenType()) ? p.gravitonOverride() : null);
            if (!choice.available()) return TwinPlan.none(type + ": " + choice.unavailableReason());
            twins.add(choice.twinType());
            rules.add(choice.rule());
        }
        return new TwinPlan(String.join(", ", p.types()), String.join(", ", twins), String.join("; ", rules),
                () -> p.onTypes().apply(twins), null);
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
