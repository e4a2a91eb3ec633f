package dev.costbench.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A frame on the canvas (AWS Cloud, Region, VPC, Availability Zone, subnet) with the blocks that sit in it.
 * {@code parent} is the id of the container it sits in (null: none); {@code zone} is an Availability Zone's
 * name ("us-east-1a", AZ only); {@code cidr} a VPC's or subnet's address range. Membership is kept here, by
 * block id, so that a block's own fields and its price do not change when it is framed.
 */
public record Container(String id, ContainerKind kind, String name, double x, double y, double width, double height,
                        String parent, String zone, String cidr, List<String> blocks) {

    /** A frame smaller than this cannot hold a block and its label. */
    public static final double MIN_WIDTH = 120;
    public static final double MIN_HEIGHT = 80;

    public Container {
        name = name == null ? kind.displayName() : name;
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }

    public boolean holds(String blockId) { return blocks.contains(blockId); }

    public Container withName(String v) { return new Container(id, kind, v, x, y, width, height, parent, zone, cidr, blocks); }
    public Container withBounds(double nx, double ny, double w, double h) { return new Container(id, kind, name, nx, ny, w, h, parent, zone, cidr, blocks); }
    public Container withParent(String v) { return new Container(id, kind, name, x, y, width, height, v, zone, cidr, blocks); }
    public Container withZone(String v) { return new Container(id, kind, name, x, y, width, height, parent, v, cidr, blocks); }
    public Container withCidr(String v) { return new Container(id, kind, name, x, y, width, height, parent, zone, v, blocks); }
    public Container withBlocks(List<String> v) { return new Container(id, kind, name, x, y, width, height, parent, zone, cidr, v); }

    public Container withoutBlock(String blockId) {
        if (!holds(blockId)) return this;
        List<String> next = new ArrayList<>(blocks);
        next.remove(blockId);
        return withBlocks(next);
    }
}
