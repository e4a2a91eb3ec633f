package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One variant of the design: a region, the blocks and their connections, and the scenario-wide
 * settings. {@code purchaseOption} is the default option for blocks that name none; {@code description}
 * says what the variant is for ("Black Friday peak, web tier on Spot"). {@code extensions} holds fields
 * of the scenario this version does not know, so that saving a newer tool's file does not drop them.
 * {@code containers} are the diagram's frames (VPC, Availability Zone, subnet…), outermost first, each
 * listing the blocks that sit in it.
 */
public record Scenario(String name, String region, List<Block> blocks, List<Connection> connections,
                       PurchaseOption purchaseOption, boolean lambdaFreeTier, String description,
                       Map<String, Object> extensions, List<Container> containers) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final PurchaseOption DEFAULT_OPTION = PurchaseOption.ON_DEMAND;

    public Scenario {
        region = region == null ? DEFAULT_REGION : region;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        connections = connections == null ? List.of() : List.copyOf(connections);
        purchaseOption = purchaseOption == null ? DEFAULT_OPTION : purchaseOption;
        description = description == null ? "" : description;
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        containers = containers == null ? List.of() : List.copyOf(containers);
    }

    /** A scenario without containers. */
    public Scenario(String name, String region, List<Block> blocks, List<Connection> connections,
                    PurchaseOption purchaseOption, boolean lambdaFreeTier, String description, Map<String, Object> extensions) {
        this(name, region, blocks, connections, purchaseOption, lambdaFreeTier, description, extensions, List.of());
    }

    /** A scenario without a description or unknown fields. */
    public Scenario(String name, String region, List<Block> blocks, List<Connection> connections,
                    PurchaseOption purchaseOption, boolean lambdaFreeTier) {
        this(name, region, blocks, connections, purchaseOption, lambdaFreeTier, "", Map.of());
    }

    public static Scenario empty(String name) {
        return new Scenario(name, DEFAULT_REGION, List.of(), List.of(), DEFAULT_OPTION, false);
    }

    public Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /**
     * The kinds of block the scenario has, in {@link BlockKind} order: what its coverage line, status bar and region
     * list speak of (the prices they need only).
     */
    public java.util.Set<BlockKind> blockKinds() {
        java.util.EnumSet<BlockKind> kinds = java.util.EnumSet.noneOf(BlockKind.class);
        for (Block b : blocks) kinds.add(b.kind());
        return java.util.Collections.unmodifiableSet(kinds);
    }

    public Scenario withName(String v) { return new Scenario(v, region, blocks, connections, purchaseOption, lambdaFreeTier, description, extensions, containers); }
    public Scenario withRegion(String v) { return new Scenario(name, v, blocks, connections, purchaseOption, lambdaFreeTier, description, extensions, containers); }
    public Scenario withBlocks(List<Block> v) { return new Scenario(name, region, v, connections, purchaseOption, lambdaFreeTier, description, extensions, containers); }
    public Scenario withConnections(List<Connection> v) { return new Scenario(name, region, blocks, v, purchaseOption, lambdaFreeTier, description, extensions, containers); }
    public Scenario withPurchaseOption(PurchaseOption v) { return new Scenario(name, region, blocks, connections, v, lambdaFreeTier, description, extensions, containers); }
    public Scenario withLambdaFreeTier(boolean v) { return new Scenario(name, region, blocks, connections, purchaseOption, v, description, extensions, containers); }
    public Scenario withDescription(String v) { return new Scenario(name, region, blocks, connections, purchaseOption, lambdaFreeTier, v, extensions, containers); }
    public Scenario withExtensions(Map<String, Object> v) { return new Scenario(name, region, blocks, connections, purchaseOption, lambdaFreeTier, description, v, containers); }

    public Scenario withContainers(List<Container> v) { return new Scenario(name, region, blocks, connections, purchaseOption, lambdaFreeTier, description, extensions, v); }

    public Optional<Container> container(String id) {
        return containers.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The container the block sits in, if any. */
    public Optional<Container> containerOf(String blockId) {
        return containers.stream().filter(c -> c.holds(blockId)).findFirst();
    }

    /**
     * The Availability Zone the block runs in: the zone of the nearest Availability Zone container around it,
     * found through its container's parents; empty when it sits in none.
     */
    public Optional<Container> availabilityZoneOf(String blockId) {
        Set<String> seen = new HashSet<>();
        Optional<Container> c = containerOf(blockId);
        while (c.isPresent() && seen.add(c.get().id())) {
            if (c.get().kind() == ContainerKind.AVAILABILITY_ZONE) return c;
            String parent = c.get().parent();
            c = parent == null ? Optional.empty() : container(parent);
        }
        return Optional.empty();
    }

    /** This scenario with {@code container} replacing the container of the same id (or appended). */
    public Scenario withContainer(Container container) {
        List<Container> next = new ArrayList<>(containers);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(container.id())) {
                next.set(i, container);
                return withContainers(next);
            }
        }
        next.add(container);
        return withContainers(next);
    }

    /** This scenario with {@code block} replacing the block of the same id (or appended). */
    public Scenario withBlock(Block block) {
        List<Block> next = new ArrayList<>(blocks);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(block.id())) {
                next.set(i, block);
                return withBlocks(next);
            }
        }
        next.add(block);
        return withBlocks(next);
    }

    /** This scenario without the block and every connection that touches it. */
    public Scenario withoutBlock(String id) {
        return withBlocks(blocks.stream().filter(b -> !b.id().equals(id)).toList())
                .withConnections(connections.stream().filter(c -> !c.from().equals(id) && !c.to().equals(id)).toList())
                .withContainers(containers.stream().map(c -> c.withoutBlock(id)).toList());
    }
}
