package dev.costbench.project.importer;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.Scenario;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An imported design's layout: a column per connection depth, frames stacked as bands that hold their blocks. */
class DepthLayoutTest {
    private static Block asg(String id) { return AutoScalingGroup.of(id, id, "m5.large", 1, 1, 1); }

    @Test
    void blocksGoLeftToRightByConnectionDepth() {
        Scenario s = Scenario.empty("s").withBlocks(List.of(asg("c"), asg("b"), asg("a"), asg("alone")))
                .withConnections(List.of(new Connection("a", "b"), new Connection("b", "c"), new Connection("a", "c")));
        Scenario laid = DepthLayout.arrange(s);
        // a → b → c: depths 0, 1, 2 (c's longest path wins over a → c); a column is 180 + 80 = 260 wide
        assertEquals(100, laid.block("a").orElseThrow().x());
        assertEquals(360, laid.block("b").orElseThrow().x());
        assertEquals(620, laid.block("c").orElseThrow().x());
        // a block nothing connects to sits in a row below, out of the arrows' way: 100 + one row of 72 + 40
        assertEquals(212, laid.block("alone").orElseThrow().y());
    }

    @Test
    void framesNestAndHoldTheirBlocksWithoutOverlapping() {
        Container vpc = new Container("vpc", ContainerKind.VPC, "VPC", 0, 0, 120, 80, null, null, null, List.of());
        Container one = new Container("one", ContainerKind.PRIVATE_SUBNET, "one", 0, 0, 120, 80, "vpc", null, null, List.of("x"));
        Container two = new Container("two", ContainerKind.PRIVATE_SUBNET, "two", 0, 0, 120, 80, "vpc", null, null, List.of("y", "z"));
        Scenario s = Scenario.empty("s").withBlocks(List.of(asg("x"), asg("y"), asg("z"))).withContainers(List.of(vpc, one, two));
        Scenario laid = DepthLayout.arrange(s);
        for (String id : List.of("x", "y", "z")) {
            Block b = laid.block(id).orElseThrow();
            Container c = laid.containerOf(id).orElseThrow();
            assertTrue(c.contains(b.x(), b.y()) && c.contains(b.x() + 180, b.y() + 72), id + " inside " + c.id());
        }
        Container first = laid.container("one").orElseThrow(), second = laid.container("two").orElseThrow(), outer = laid.container("vpc").orElseThrow();
        assertTrue(first.y() + first.height() < second.y(), "subnets are stacked, not overlapping");
        assertTrue(outer.contains(second.x(), second.y() + second.height()), "the VPC holds its subnets");
    }
}
