package dev.costbench.ui.arrange;

import dev.costbench.model.Block;
import dev.costbench.model.BlockShape;
import dev.costbench.model.Scenario;
import dev.costbench.ui.command.ArrangeBlocks;
import dev.costbench.ui.command.MoveBlocks;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Align and distribute the selected blocks: each is one {@link ArrangeBlocks} step, or null when there is nothing
 * to do (fewer than two blocks to align, three to distribute). Alignment is to the selection's own bounds, as in
 * draw.io: left edges to the leftmost, centres to the middle of the selection, and so on.
 */
public final class Arrangement {
    private Arrangement() {}

    public static ArrangeBlocks align(Scenario s, Set<String> ids, Alignment how) {
        List<Block> blocks = selected(s, ids);
        if (blocks.size() < 2) return null;
        double left = blocks.stream().mapToDouble(Block::x).min().orElseThrow();
        double right = blocks.stream().mapToDouble(b -> b.x() + BlockShape.WIDTH).max().orElseThrow();
        double top = blocks.stream().mapToDouble(Block::y).min().orElseThrow();
        double bottom = blocks.stream().mapToDouble(b -> b.y() + BlockShape.HEIGHT).max().orElseThrow();
        Map<String, MoveBlocks.Position> to = new LinkedHashMap<>();
        for (Block b : blocks) {
            double x = switch (how) {
                case LEFT -> left;
                case CENTER -> (left + right) / 2 - BlockShape.WIDTH / 2;
                case RIGHT -> right - BlockShape.WIDTH;
                default -> b.x();
            };
            double y = switch (how) {
                case TOP -> top;
                case MIDDLE -> (top + bottom) / 2 - BlockShape.HEIGHT / 2;
                case BOTTOM -> bottom - BlockShape.HEIGHT;
                default -> b.y();
            };
            if (x != b.x() || y != b.y()) to.put(b.id(), new MoveBlocks.Position(x, y));
        }
        return to.isEmpty() ? null : new ArrangeBlocks(how.label(), to);
    }

    /**
     * Spreads the blocks so the gaps between neighbours are equal, the first and last staying put. Blocks share one
     * size, so equal gaps mean equally spaced positions.
     */
    public static ArrangeBlocks distribute(Scenario s, Set<String> ids, boolean horizontally) {
        List<Block> blocks = selected(s, ids).stream()
                .sorted(Comparator.comparingDouble(b -> horizontally ? b.x() : b.y())).toList();
        if (blocks.size() < 3) return null;
        double first = horizontally ? blocks.getFirst().x() : blocks.getFirst().y();
        double last = horizontally ? blocks.getLast().x() : blocks.getLast().y();
        double step = (last - first) / (blocks.size() - 1);
        Map<String, MoveBlocks.Position> to = new LinkedHashMap<>();
        for (int i = 1; i < blocks.size() - 1; i++) {
            Block b = blocks.get(i);
            double at = first + i * step;
            if (at != (horizontally ? b.x() : b.y()))
                to.put(b.id(), horizontally ? new MoveBlocks.Position(at, b.y()) : new MoveBlocks.Position(b.x(), at));
        }
        return to.isEmpty() ? null : new ArrangeBlocks(horizontally ? "Distribute Horizontally" : "Distribute Vertically", to);
    }

    private static List<Block> selected(Scenario s, Set<String> ids) {
        return s.blocks().stream().filter(b -> ids.contains(b.id())).toList();
    }
}
