package dev.costbench.pricing.traffic;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.KindPricer;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionMap;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.RateGaps;
import dev.costbench.pricing.UnpricedLine;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A block's traffic as cost components, added to every option the block is priced under: no commitment discounts
 * data transfer or NAT processing, so the lines are the same under all 26. Each line's quantity is the connection's
 * GB (an input of the block's workbook rows) and its rate is the catalog's, so the workbook writes the same rule; a
 * rate the catalog lacks makes the option MISSING, never $0. Rates (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer,
 * https://aws.amazon.com/vpc/pricing/): cross-AZ per GB out of one zone and again into the other (both sides, paid by
 * the sender), inter-region per GB out of the sending region, internet egress per GB in the account's tiers after its
 * 100 GB free, NAT processing per GB that enters the gateway.
 */
public final class TrafficLines {
    private TrafficLines() {}

    private static final Quantity.Constant BOTH_SIDES = Quantity.Constant.of(2);
    private static final String BEFORE_LABEL = "Internet GB of the month before this flow";
    private static final String BEFORE_NOTE = "the flow before's GB and its own before: AWS's tiers and 100 GB free are the account's";

    /** {@code pricer} with {@code traffic}'s lines on every priced option, its Graviton twin's too. */
    public static KindPricer onTop(KindPricer pricer, BlockTraffic traffic, RateBook rates) {
        if (traffic.isEmpty()) return pricer;
        return switch (pricer) {
            case KindPricer.OnInstanceType p -> new KindPricer.OnInstanceType(p.type(), p.gravitonOverride(),
                    t -> add(p.onType().apply(t), traffic, rates));
            case KindPricer.OnInstanceTypes p -> new KindPricer.OnInstanceTypes(p.types(), p.overriddenType(), p.gravitonOverride(),
                    ts -> add(p.onTypes().apply(ts), traffic, rates));
            case KindPricer.OnArchitecture p -> new KindPricer.OnArchitecture(p.architecture(), p.twinRule(),
                    a -> add(p.onArchitecture().apply(a), traffic, rates));
            case KindPricer.WithoutTwin p -> new KindPricer.WithoutTwin(() -> add(p.pricing().get(), traffic, rates), p.noTwinReason());
        };
    }

    /** The lines of {@code traffic}, the rates they lack, and the lines of nothing awaiting a rate (a tier not reached). */
    public record Lines(List<CostLine> lines, List<MissingPrice> missing, List<UnpricedLine> unpriced) {}

    /** What a flow's GB input reads as: "GB sent to Internet". */
    static String gbLabel(Flow f) { return "GB " + f.direction() + " " + f.peer(); }

    public static Lines lines(BlockTraffic traffic, RateBook rates) {
        List<CostLine> lines = new ArrayList<>();
        Set<MissingPrice> missing = new LinkedHashSet<>();
        List<UnpricedLine> unpriced = new ArrayList<>(0);
        RateGaps gaps = new RateGaps() {
            @Override public void missing(MissingPrice price) { missing.add(price); }

            @Override public void awaiting(UnpricedLine line) { unpriced.add(line); }
        };
        for (Flow f : traffic.flows()) {
            RateBook at = rates.in(f.rateRegion());
            Quantity.Input gb = Quantity.Input.number(f.field(), gbLabel(f), "GB a month", null, f.gb());
            switch (f.path()) {
                case CROSS_AZ -> line(lines, gaps, at.service(ServiceRates.DATA_TRANSFER, ServiceRates.CROSS_AZ), "traffic.cross-az",
                        "Data transfer — cross-AZ, " + f.direction() + " " + f.peer() + " (out of one zone and into the other)",
                        Quantity.mul(gb, BOTH_SIDES), "data transfer between Availability Zones", "per GB each direction");
                case INTER_REGION -> {
                    // out of one US East region into the other is billed at AWS's lower "to US East" rate
                    ServiceDimension usEast = at.service(ServiceRates.DATA_TRANSFER, ServiceRates.INTER_REGION_OUT_US_EAST);
                    boolean toUsEast = f.toRegion().startsWith("us-east-") && usEast.rate() != null;
                    line(lines, gaps, toUsEast ? usEast : at.service(ServiceRates.DATA_TRANSFER, ServiceRates.INTER_REGION_OUT),
                            "traffic.inter-region", "Data transfer — to " + f.toRegion() + ", " + f.direction() + " " + f.peer(), gb,
                            "data transfer out to " + (toUsEast ? "US East" : "other regions"), "per GB");
                }
                case INTERNET_EGRESS -> egress(lines, gaps, at, f, gb);
                case NAT_PROCESSED -> line(lines, gaps, at.service(ServiceRates.VPC, ServiceRates.NAT_GATEWAY_GB), "traffic.nat-processed",
                        "NAT gateway — data processed, " + f.direction() + " " + f.peer(), gb, "NAT gateway data processed", "per GB");
            }
        }
        return new Lines(List.copyOf(lines), List.copyOf(missing), List.copyOf(unpriced));
    }

    /** Egress flow {@code f}, paid by block {@code payer}, as the flow before the next one. */
    static Flow.Previous previous(String payer, Flow f) {
        return new Flow.Previous(payer, f.field(), gbLabel(f), f.gb(), f.egressBefore(), f.previous() == null);
    }

    /**
     * This flow's GB in each tier of the account's month: the scenario's earlier internet GB come first, and the first
     * 100 GB of all are free, so a tier holds band(before + gb) − band(before), with the first tier starting at 100 GB.
     * "Before" is a figure of the payer's: the flow before's own "before" plus its GB, both that flow's payer's rows,
     * so an edit of any earlier flow's GB in the workbook moves every later flow's tiers as the engine would, with
     * two terms a flow however many there are.
     */
    private static void egress(List<CostLine> lines, RateGaps gaps, RateBook at, Flow f, Quantity.Input gb) {
        Flow.Previous p = f.previous();
        Quantity before = null;
        if (p != null) {
            // the flow before's rows, named by its payer (this block's own rows too, which its earlier lines made)
            Quantity term = new Quantity.Named(p.payer(), p.field(), p.label(), "GB a month", null,
                    Quantity.Input.number(p.field(), p.label(), "GB a month", null, p.gb()), p.gb());
            if (!p.first())
                term = Quantity.add(new Quantity.Named(p.payer(), p.beforeField(), BEFORE_LABEL, "GB a month", null,
                        new Quantity.Constant(p.before()), p.before()), term);
            before = Quantity.Named.of(f.field() + ".before", BEFORE_LABEL, "GB a month", BEFORE_NOTE, term);
        }
        for (EgressTiers.Tier t : EgressTiers.TIERS) {
            BigDecimal lower = t.lower().max(EgressTiers.FREE_GB);
            Quantity inTier = before == null ? new Quantity.Band(gb, lower, t.upper())
                    : Quantity.sub(new Quantity.Band(Quantity.add(before, gb), lower, t.upper()), new Quantity.Band(before, lower, t.upper()));
            String free = t.lower().signum() == 0 ? " after the account's 100 GB free" : "";
            line(lines, gaps, at.service(ServiceRates.DATA_TRANSFER, t.dimension()), "traffic.internet." + t.code(),
                    "Data transfer — internet egress, " + f.direction() + " " + f.peer() + ": " + t.name() + free, inTier,
                    "data transfer out to the internet, " + t.name(), "per GB");
        }
    }

    private static void line(List<CostLine> lines, RateGaps gaps, ServiceDimension rate, String code, String description,
                             Quantity quantity, String rateName, String perUnit) {
        // a tier this flow does not reach needs no rate (us-east-1 has no over-150 TB rate)
        CostLine line = rate.monthlyLine(code, description, quantity, "GB", rateName, perUnit, false, gaps);
        if (line != null) lines.add(line);
    }

    private static PricedBlock add(PricedBlock priced, BlockTraffic traffic, RateBook rates) {
        Lines extra = lines(traffic, rates);
        OptionMap<OptionCost> options = OptionMap.of(o -> withTraffic(priced.options().get(o), o, extra));
        return new PricedBlock(priced.keySize(), options, priced.warnings(), priced.keySizeWords());
    }

    private static OptionCost withTraffic(OptionCost c, PurchaseOption o, Lines extra) {
        return switch (c.status()) {
            case NOT_APPLICABLE -> c;
            case MISSING -> {
                if (extra.missing().isEmpty()) yield c;
                Set<MissingPrice> all = new LinkedHashSet<>(c.missing());
                all.addAll(extra.missing());
                yield OptionCost.missing(o, List.copyOf(all));
            }
            case PRICED -> {
                if (!extra.missing().isEmpty()) yield OptionCost.missing(o, extra.missing());
                List<CostLine> all = new ArrayList<>(c.lines());
                all.addAll(extra.lines());
                List<UnpricedLine> unpriced = c.unpriced();
                if (!extra.unpriced().isEmpty()) {
                    unpriced = new ArrayList<>(unpriced);
                    unpriced.addAll(extra.unpriced());
                }
                yield OptionCost.priced(o, all, unpriced);
            }
        };
    }
}
