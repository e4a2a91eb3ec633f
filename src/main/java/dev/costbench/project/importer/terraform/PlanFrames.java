package dev.costbench.project.importer.terraform;

import dev.costbench.model.Block;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.project.importer.BlockIds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's VPCs and subnets as frames, an Availability Zone frame for each zone a VPC's subnets name, and
 * each block in the innermost frame that holds every subnet it names: one subnet, else their zone, else the VPC.
 */
final class PlanFrames {
    private final TerraformPlan plan;
    private final ComputeMapping mapping;
    private final List<Container> frames = new ArrayList<>();
    private final Map<String, Integer> frameIndex = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    /** The frame of each subnet instance, by its address. */
    private final Map<String, String> subnetFrame = new HashMap<>();

    PlanFrames(TerraformPlan plan, ComputeMapping mapping) {
        this.plan = plan;
        this.mapping = mapping;
    }

    List<Container> frames(List<Block> blocks, Map<String, PlanResource> sourceOf, BlockIds ids) {
        Map<String, String> vpcFrame = new LinkedHashMap<>();
        for (PlanResource vpc : plan.resources()) {
            if (!vpc.type().equals("aws_vpc")) continue;
            String id = ids.next(vpc.address());
            vpcFrame.put(vpc.address(), id);
            add(new Container(id, ContainerKind.VPC, label(vpc, "VPC"), 0, 0, Container.MIN_WIDTH, Container.MIN_HEIGHT, null, null,
                    vpc.text("cidr_block"), List.of()));
        }
        Map<String, String> zoneFrame = new HashMap<>();
        for (PlanResource subnet : plan.resources()) {
            if (!subnet.type().equals("aws_subnet")) continue;
            String vpc = mapping.referenced(subnet, "aws_vpc").stream().map(v -> vpcFrame.get(v.address())).findFirst().orElse(null);
            String zone = subnet.text("availability_zone");
            String parent = vpc;
            if (zone != null) {
                String key = vpc + "/" + zone;
                parent = zoneFrame.computeIfAbsent(key, k -> {
                    String id = ids.next((vpc == null ? "" : vpc + "-") + zone);
                    add(new Container(id, ContainerKind.AVAILABILITY_ZONE, zone, 0, 0, Container.MIN_WIDTH, Container.MIN_HEIGHT, vpc,
                            zone, null, List.of()));
                    return id;
                });
            }
            boolean isPublic = subnet.values().path("map_public_ip_on_launch").asBoolean(false);
            String id = ids.next(subnet.address());
            add(new Container(id, isPublic ? ContainerKind.PUBLIC_SUBNET : ContainerKind.PRIVATE_SUBNET,
                    label(subnet, isPublic ? "Public subnet" : "Private subnet"), 0, 0, Container.MIN_WIDTH, Container.MIN_HEIGHT,
                    parent, null, subnet.text("cidr_block"), List.of()));
            subnetFrame.put(subnet.address(), id);
        }
        for (Block b : blocks) {
            Set<String> in = new LinkedHashSet<>();
            PlanResource source = sourceOf.get(b.id());
            for (PlanResource s : subnetsOf(source)) in.add(subnetFrame.get(s.address()));
            // a Batch queue runs where its compute environment's subnets are
            for (PlanResource e : mapping.referenced(source, "aws_batch_compute_environment"))
                for (PlanResource s : mapping.referenced(e, "aws_subnet")) in.add(subnetFrame.get(s.address()));
            String frame = common(in);
            if (frame == null) continue;
            int i = frameIndex.get(frame);
            List<String> members = new ArrayList<>(frames.get(i).blocks());
            members.add(b.id());
            frames.set(i, frames.get(i).withBlocks(members));
        }
        return List.copyOf(frames);
    }

    /**
     * The subnets a resource names. A NAT gateway of a counted block naming a counted subnet block
     * ({@code subnet_id = aws_subnet.public[count.index].id}, which the plan lists as the whole block) is in the subnet
     * of its own index, so each gateway lands in its own Availability Zone.
     */
    private List<PlanResource> subnetsOf(PlanResource source) {
        List<PlanResource> subnets = mapping.referenced(source, "aws_subnet");
        if (!source.type().equals("aws_nat_gateway") || subnets.size() < 2 || !source.address().endsWith("]")) return subnets;
        String index = source.address().substring(source.address().lastIndexOf('['));
        if (subnets.stream().map(PlanResource::configAddress).distinct().count() != 1) return subnets;
        List<PlanResource> same = subnets.stream().filter(s -> s.address().endsWith(index)).toList();
        return same.size() == 1 ? same : subnets;
    }

    private void add(Container c) {
        frameIndex.put(c.id(), frames.size());
        parentOf.put(c.id(), c.parent());
        frames.add(c);
    }

    /** The innermost frame around all of {@code subnets}, or null when they share none (or there are none). */
    private String common(Set<String> subnets) {
        List<String> shared = null;
        for (String s : subnets) {
            List<String> chain = new ArrayList<>();
            for (String f = s; f != null; f = parentOf.get(f)) chain.add(f);
            if (shared == null) shared = chain;
            else shared.retainAll(chain);
        }
        return shared == null || shared.isEmpty() ? null : shared.getFirst();
    }

    private static String label(PlanResource r, String kind) {
        String name = r.values().path("tags").path("Name").asText(null);
        return name != null && !name.isBlank() ? name : kind + " " + r.address();
    }
}
