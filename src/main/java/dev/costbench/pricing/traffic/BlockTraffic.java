package dev.costbench.pricing.traffic;

import java.util.List;

/** What one block pays for traffic on its connections, in the order of the scenario's connections. */
public record BlockTraffic(List<Flow> flows) {
    public static final BlockTraffic NONE = new BlockTraffic(List.of());

    public BlockTraffic { flows = List.copyOf(flows); }

    public boolean isEmpty() { return flows.isEmpty(); }
}
