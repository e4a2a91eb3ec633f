package dev.costbench.project.importer;

import dev.costbench.model.Block;
import dev.costbench.model.BlockShape;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Places an imported design readably: a column per connection depth (traffic flows left to right), and each
 * frame a band below the blocks around it, so frames nest and never overlap and every block sits in its frame.
 */
public final class DepthLayout {
    /** Far enough from the canvas edge for three nested frames' padding. */
    static final double MARGIN = 100;
    static final double COLUMN = BlockShape.WIDTH + 80;
    static final double ROW = BlockShape.HEIGHT + 40;
    /** Room at a frame's top for its label. */
    static final double HEADER = 36;
    static final double PADDING = 20;

    private final Scenario scenario;
    private final Map<String, Integer> depth;
    private final java.util.Set<String> linked = new java.util.HashSet<>();
    /** A frame holds at most this many rows of blocks; more blocks of one depth take further columns. */
    static final int MAX_ROWS = 3;

    private final Map<String, Block> placed = new HashMap<>();
    /** The x of each depth's first column: as many columns as the fullest frame needs at that depth. */
    private final Map<Integer, Double> columnX = new HashMap<>();
    private final Map<String, Container> framed = new HashMap<>();

    private DepthLayout(Scenario scenario) {
        this.scenario = scenario;
        this.depth = depths(scenario.blocks(), scenario.connections());
        scenario.connections().forEach(c -> { linked.add(c.from()); linked.add(c.to()); });
        Map<String, Map<Integer, Integer>> perFrame = new HashMap<>();
        for (Block b : scenario.blocks()) {
            if (!connected(b)) continue;
            String holder = scenario.containerOf(b.id()).map(Container::id).orElse("");
            perFrame.computeIfAbsent(holder, k -> new HashMap<>()).merge(depth.get(b.id()), 1, Integer::sum);
        }
        Map<Integer, Integer> columns = new TreeMap<>();
        for (Map<Integer, Integer> counts : perFrame.values())
            counts.forEach((d, n) -> columns.merge(d, (n + MAX_ROWS - 1) / MAX_ROWS, Math::max));
        double x = MARGIN;
        int maxDepth = columns.keySet().stream().max(Integer::compare).orElse(0);
        for (int d = 0; d <= maxDepth; d++) {
            columnX.put(d, x);
            x += columns.getOrDefault(d, 1) * COLUMN;
        }
    }

    /** The scenario with every block and frame given a position (and frames a size). */
    public static Scenario arrange(Scenario s) {
        DepthLayout layout = new DepthLayout(s);
        layout.band(null, MARGIN);
        return s.withBlocks(s.blocks().stream().map(b -> layout.placed.get(b.id())).toList())
                .withContainers(s.containers().stream().map(c -> layout.framed.get(c.id())).toList());
    }

    /** Longest path from a block no connection enters; a cycle stops growing after as many steps as there are blocks. */
    static Map<String, Integer> depths(List<Block> blocks, List<Connection> connections) {
        Map<String, Integer> d = new HashMap<>();
        blocks.forEach(b -> d.put(b.id(), 0));
        for (int round = 0; round < blocks.size(); round++) {
            boolean changed = false;
            for (Connection c : connections) {
                Integer from = d.get(c.from()), to = d.get(c.to());
                if (from == null || to == null || to > from) continue;
                d.put(c.to(), from + 1);
                changed = true;
            }
            if (!changed) break;
        }
        return d;
    }

    private boolean connected(Block b) {
        return linked.contains(b.id());
    }

    /** Lays out what sits directly in {@code frame} (null: the canvas) from {@code top}; returns the band's bottom. */
    private double band(Container frame, double top) {
        String id = frame == null ? null : frame.id();
        double y = top + (frame == null ? 0 : HEADER);
        Map<Integer, List<Block>> columns = new TreeMap<>();
        List<Block> alone = new ArrayList<>();
        for (Block b : scenario.blocks()) {
            String holder = scenario.containerOf(b.id()).map(Container::id).orElse(null);
            if (!Objects.equals(holder, id)) continue;
            if (connected(b)) columns.computeIfAbsent(depth.get(b.id()), k -> new ArrayList<>()).add(b);
            else alone.add(b);
        }
        int rows = 0;
        for (var column : columns.entrySet()) {
            List<Block> list = column.getValue();
            for (int i = 0; i < list.size(); i++)
                placed.put(list.get(i).id(), list.get(i).withPosition(columnX.get(column.getKey()) + (i / MAX_ROWS) * COLUMN,
                        y + (i % MAX_ROWS) * ROW));
            rows = Math.max(rows, Math.min(MAX_ROWS, list.size()));
        }
        y += rows * ROW;
        // blocks nothing connects to sit in rows below, out of the way of the arrows
        int perRow = Math.max(MAX_ROWS, columnX.size());
        for (int i = 0; i < alone.size(); i++) {
            placed.put(alone.get(i).id(), alone.get(i).withPosition(MARGIN + (i % perRow) * COLUMN, y + (i / perRow) * ROW));
            columns.computeIfAbsent(-1 - i % perRow, k -> new ArrayList<>()).add(alone.get(i));
        }
        rows = (alone.size() + perRow - 1) / perRow;
        y += rows * ROW;
        List<Container> children = scenario.containers().stream().filter(c -> Objects.equals(c.parent(), id)).toList();
        for (Container child : children) y = band(child, y) + PADDING;
        if (frame == null) return y;
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE;
        for (List<Block> column : columns.values())
            for (Block b : column) {
                Block at = placed.get(b.id());
                minX = Math.min(minX, at.x());
                maxX = Math.max(maxX, at.x() + BlockShape.WIDTH);
            }
        for (Container child : children) {
            Container c = framed.get(child.id());
            minX = Math.min(minX, c.x());
            maxX = Math.max(maxX, c.x() + c.width());
        }
        if (minX == Double.MAX_VALUE) { minX = MARGIN + PADDING; maxX = minX + Container.MIN_WIDTH; }
        double x = minX - PADDING;
        double width = Math.max(Container.MIN_WIDTH, maxX + PADDING - x);
        double height = Math.max(Container.MIN_HEIGHT, y - top);
        framed.put(frame.id(), new Container(frame.id(), frame.kind(), frame.name(), x, top, width, height, frame.parent(),
                frame.zone(), frame.cidr(), frame.blocks()));
        return top + height;
    }
}
