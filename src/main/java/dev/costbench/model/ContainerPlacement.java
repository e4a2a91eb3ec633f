package dev.costbench.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which container a block or a frame sits in after it moved: the innermost frame around a block's centre, or
 * the innermost frame that holds all of another frame. One rule for a drop, a drag, a nudge and an alignment.
 */
public final class ContainerPlacement {
    private ContainerPlacement() {}

    /** The scenario with each of {@code blockIds} listed in the innermost container around its centre (or none). */
    public static Scenario placeBlocks(Scenario s, Collection<String> blockIds) {
        if (s.containers().isEmpty()) return s;
        List<Container> next = new ArrayList<>(s.containers());
        for (String id : blockIds) {
            Block b = s.block(id).orElse(null);
            if (b == null) continue;
            Container target = innermost(next, BlockShape.centerX(b), BlockShape.centerY(b), null);
            for (int i = 0; i < next.size(); i++) {
                Container c = next.get(i);
                boolean belongs = target != null && c.id().equals(target.id());
                if (belongs && !c.holds(id)) {
                    List<String> members = new ArrayList<>(c.blocks());
                    members.add(id);
                    next.set(i, c.withBlocks(members));
                } else if (!belongs && c.holds(id)) {
                    next.set(i, c.withoutBlock(id));
                }
            }
        }
        return s.withContainers(next);
    }

    /** The scenario with the container's parent set to the innermost other frame that holds all of it. */
    public static Scenario placeContainer(Scenario s, String containerId) {
        Container moved = s.container(containerId).orElse(null);
        if (moved == null) return s;
        Set<String> inside = descendants(s, containerId);
        inside.add(containerId);
        Container parent = null;
        for (Container c : s.containers()) {
            if (inside.contains(c.id())) continue;
            if (c.x() <= moved.x() && c.y() <= moved.y() && c.x() + c.width() >= moved.x() + moved.width()
                    && c.y() + c.height() >= moved.y() + moved.height()
                    && (parent == null || area(c) < area(parent))) parent = c;
        }
        String parentId = parent == null ? null : parent.id();
        return java.util.Objects.equals(parentId, moved.parent()) ? s : s.withContainer(moved.withParent(parentId));
    }

    /** The ids of every container inside {@code id}, at any depth. */
    public static Set<String> descendants(Scenario s, String id) {
        Set<String> out = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Container c : s.containers())
                if (c.parent() != null && (c.parent().equals(id) || out.contains(c.parent())) && out.add(c.id())) grew = true;
        }
        return out;
    }

    /** The smallest container around the point: frames nest, so the smallest one around it is the innermost. */
    private static Container innermost(List<Container> all, double x, double y, String except) {
        Container best = null;
        for (Container c : all)
            if (!c.id().equals(except) && c.contains(x, y) && (best == null || area(c) < area(best))) best = c;
        return best;
    }

    private static double area(Container c) { return c.width() * c.height(); }
}
