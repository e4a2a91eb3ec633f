package dev.costbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One variant of the design: a region, the blocks and their connections, and the scenario-wide
 * settings. {@code purchaseOption} is the default option for blocks that name none; {@code description}
 * says what the variant is for ("Black Friday peak, web tier on Spot"). {@code extensions} holds fields
 * of the scenario this version does not know, so that saving a newer tool's file does not drop them.
 */
public record Scenario(String name, String region, List<Block> blocks, List<Connection> connections,
                       String purchaseOption, boolean lambdaFreeTier, String description,
                       Map<String, Object> extensions) {

    public static final String DEFAULT_REGION = "us-east-1";
    public static final String DEFAULT_OPTION = "on-demand";

    public Scenario {
        region = region == null ? DEFAULT_REGION : region;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
        connections = connections == null ? List.of() : List.copyOf(connections);
        purchaseOption = purchaseOption == null ? DEFAULT_OPTION : purchaseOption;
        description = description == null ? "" : description;
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** A scenario without a description or unknown fields. */
    public Scenario(String name, String region, List<Block> blocks, List<Connection> connections,
                    String purchaseOption, boolean lambdaFreeTier) {
        this(name, region, blocks, connections, purchaseOption, lambdaFreeTier, "", Map.of());
    }

    public static Scenario empty(String name) {
        return new Scenario(name, DEFAULT_REGION, List.of(), List.of(), DEFAULT_OPTION, false);
    }

    public Optional<Block> block(String id) {
        return blocks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Scenario withName(String v) { return new Scenario(v, region, blocks, connections, purchaseOption, lambdaFreeTier, description, extensions); }
    public Scenario withRegion(String v) { return new Scenario(name, v, blocks, connections, purchaseOption, lambdaFreeTier, description, extensions); }
    public Scenario withBlocks(List<Block> v) { return new Scenario(name, region, v, connections, purchaseOption, lambdaFreeTier, description, extensions); }
    public Scenario withConnections(List<Connection> v) { return new Scenario(name, region, blocks, v, purchaseOption, lambdaFreeTier, description, extensions); }
    public Scenario withPurchaseOption(String v) { return new Scenario(name, region, blocks, connections, v, lambdaFreeTier, description, extensions); }
    public Scenario withLambdaFreeTier(boolean v) { return new Scenario(name, region, blocks, connections, purchaseOption, v, description, extensions); }
    public Scenario withDescription(String v) { return new Scenario(name, region, blocks, connections, purchaseOption, lambdaFreeTier, v, extensions); }
    public Scenario withExtensions(Map<String, Object> v) { return new Scenario(name, region, blocks, connections, purchaseOption, lambdaFreeTier, description, v); }

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
                .withConnections(connections.stream().filter(c -> !c.from().equals(id) && !c.to().equals(id)).toList());
    }
}
