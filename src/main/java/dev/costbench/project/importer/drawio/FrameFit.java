package dev.costbench.project.importer.drawio;

import dev.costbench.model.Block;
import dev.costbench.model.BlockShape;
import dev.costbench.model.Container;
import dev.costbench.model.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames grown to hold their blocks' boxes and inner frames: a diagram's icon is smaller than a block, so a block
 * centred on an icon near a frame's edge would otherwise stick out of it.
 */
final class FrameFit {
    private FrameFit() {}

    static Scenario around(Scenario s, double padding) {
        List<Container> frames = new ArrayList<>(s.containers());
        // innermost first: containers are listed outermost first
        for (int i = frames.size() - 1; i >= 0; i--) {
            Container f = frames.get(i);
            double minX = f.x(), minY = f.y(), maxX = f.x() + f.width(), maxY = f.y() + f.height();
            for (String id : f.blocks()) {
                Block b = s.block(id).orElse(null);
                if (b == null) continue;
                minX = Math.min(minX, b.x() - padding);
                minY = Math.min(minY, b.y() - padding * 2);
                maxX = Math.max(maxX, b.x() + BlockShape.WIDTH + padding);
                maxY = Math.max(maxY, b.y() + BlockShape.HEIGHT + padding);
            }
            for (Container inner : frames) {
                if (!f.id().equals(inner.parent())) continue;
                minX = Math.min(minX, inner.x() - padding);
                minY = Math.min(minY, inner.y() - padding * 2);
                maxX = Math.max(maxX, inner.x() + inner.width() + padding);
                maxY = Math.max(maxY, inner.y() + inner.height() + padding);
            }
            frames.set(i, new Container(f.id(), f.kind(), f.name(), minX, minY, maxX - minX, maxY - minY, f.parent(), f.zone(),
                    f.cidr(), f.blocks()));
        }
        return s.withContainers(frames);
    }
}
