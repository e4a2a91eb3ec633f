package dev.costbench.pricing.traffic;

import dev.costbench.catalog.importer.AwsRegionNames;
import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who pays for the GB on a scenario's connections, worked out from both ends: the block that sends a GB pays for it
 * (cross-AZ, to another region, out to the internet), and a NAT gateway pays for every GB it receives. One rule for
 * the whole scenario, because two of AWS's charges span blocks: the internet egress tiers and the 100 GB a month free
 * are the account's, so they are counted along the scenario's connections in order, once, and then along the ECR
 * repositories' pulls from the internet in the order of the blocks (ECR bills them at the same rates, in the same
 * account-wide tiers).
 * <p>
 * Where a block is: its Availability Zone is the nearest Availability Zone container around it (two containers with
 * the same zone name are the same zone); its region is the nearest Region container around it whose name is a region
 * code or AWS's name for one ("eu-west-1", "Europe (Ireland)"), else the scenario's region.
 */
public record TrafficCharges(Map<String, BlockTraffic> byBlock, List<String> warnings) {
    public static final TrafficCharges NONE = new TrafficCharges(Map.of(), List.of());

    public TrafficCharges {
        byBlock = Map.copyOf(byBlock);
        warnings = List.copyOf(warnings);
    }

    public BlockTraffic of(String blockId) { return byBlock.getOrDefault(blockId, BlockTraffic.NONE); }

    /** What an ECR repository's pulls from the internet read as, in its lines. */
    static final String PULLED = "pulled over", BY_THE_INTERNET = "the internet";

    public static TrafficCharges of(Scenario s) {
        if (s.connections().isEmpty() && s.blocks().stream().noneMatch(b -> b instanceof EcrRepository)) return NONE;
        Map<String, Block> blocks = new HashMap<>();
        for (Block b : s.blocks()) blocks.put(b.id(), b);
        Map<String, List<Flow>> flows = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        Set<String> warnedRegion = new HashSet<>();
        Flow.Previous egress = null;
        for (Connection c : s.connections()) {
            Block from = blocks.get(c.from()), to = blocks.get(c.to());
            if (from == null || to == null) continue;
            String link = "connections[" + c.from() + "→" + c.to() + "].";
            for (boolean sent : new boolean[] {true, false}) {
                BigDecimal gb = sent ? c.sentGb() : c.returnedGb();
                if (gb.signum() <= 0) continue;
                Block sender = sent ? from : to, receiver = sent ? to : from;
                String field = link + (sent ? "sentGbPerMonth" : "returnedGbPerMonth");
                String direction = sent ? "sent to" : "returned to";
                String senderRegion = regionOf(s, sender.id()), receiverRegion = regionOf(s, receiver.id());
                for (Block b : List.of(sender, receiver))
                    if (!regionOf(s, b.id()).equals(s.region()) && warnedRegion.add(b.id()))
                        warnings.add(b.name() + " sits in a Region frame of " + regionOf(s, b.id()) + ": its traffic is priced there, "
                                + "its own cost at the scenario's region, " + s.region());
                if (receiver instanceof Internet) {
                    if (!(sender instanceof Internet)) {
                        Flow f = new Flow(Flow.Path.INTERNET_EGRESS, field, direction, receiver.name(), gb, senderRegion, null, egress);
                        add(flows, sender, f);
                        egress = TrafficLines.previous(sender.id(), f);
                    }
                } else if (!(sender instanceof Internet)) {
                    if (!senderRegion.equals(receiverRegion))
                        add(flows, sender, new Flow(Flow.Path.INTER_REGION, field, direction, receiver.name(), gb, senderRegion,
                                receiverRegion, null));
                    else if (crossesZones(s, sender.id(), receiver.id()))
                        add(flows, sender, new Flow(Flow.Path.CROSS_AZ, field, direction, receiver.name(), gb, senderRegion, null, null));
                }
                // every GB that reaches a NAT gateway passes through it once, whichever way it then goes
                if (receiver instanceof NatGateway && !(sender instanceof NatGateway))
                    add(flows, receiver, new Flow(Flow.Path.NAT_PROCESSED, field, "received from", sender.name(), gb, receiverRegion,
                            null, null));
            }
        }
        // a repository's flow is there even at 0 GB, so a workbook edit of its pulls charges them
        for (Block b : s.blocks())
            if (b instanceof EcrRepository e) {
                Flow f = new Flow(Flow.Path.INTERNET_EGRESS, "internetGbPerMonth", PULLED, BY_THE_INTERNET,
                        e.internetGbPerMonth(), regionOf(s, e.id()), null, egress);
                add(flows, e, f);
                egress = TrafficLines.previous(e.id(), f);
            }
        Map<String, BlockTraffic> out = new HashMap<>();
        flows.forEach((id, f) -> out.put(id, new BlockTraffic(f)));
        return new TrafficCharges(out, warnings);
    }

    /**
     * The ids of the blocks at either end of a connection that carries GB: the only blocks {@link #of} reads (a
     * connection without GB charges nothing and warns of nothing).
     */
    public static Set<String> ends(List<Connection> connections) {
        Set<String> out = new HashSet<>();
        for (Connection c : connections) {
            if (c.sentGb().signum() <= 0 && c.returnedGb().signum() <= 0) continue;
            out.add(c.from());
            out.add(c.to());
        }
        return Set.copyOf(out);
    }

    private static void add(Map<String, List<Flow>> flows, Block payer, Flow f) {
        flows.computeIfAbsent(payer.id(), k -> new ArrayList<>()).add(f);
    }

    /** Whether both ends sit in Availability Zones and the zones differ; an end outside any zone crosses none. */
    static boolean crossesZones(Scenario s, String a, String b) {
        Optional<Container> za = s.availabilityZoneOf(a), zb = s.availabilityZoneOf(b);
        if (za.isEmpty() || zb.isEmpty()) return false;
        return !zoneKey(za.get()).equals(zoneKey(zb.get()));
    }

    private static String zoneKey(Container az) { return az.zone() != null && !az.zone().isBlank() ? az.zone().strip() : "#" + az.id(); }

    /** The region of the nearest Region container around the block that names one, else the scenario's. */
    public static String regionOf(Scenario s, String blockId) {
        Set<String> seen = new HashSet<>();
        Optional<Container> c = s.containerOf(blockId);
        while (c.isPresent() && seen.add(c.get().id())) {
            if (c.get().kind() == ContainerKind.REGION) {
                Optional<String> code = AwsRegionNames.codeOf(c.get().name());
                if (code.isPresent()) return code.get();
            }
            String parent = c.get().parent();
            c = parent == null ? Optional.empty() : s.container(parent);
        }
        return Objects.requireNonNull(s.region());
    }
}
