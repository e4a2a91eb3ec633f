package dev.costbench.ui.find;

import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.project.ProjectFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Find matches a block by its name, its kind or its instance type, in the web shop example. */
class BlockSearchTest {
    private final Scenario webShop = ProjectFile.read(Path.of(System.getProperty("costbench.project.dir", "."),
            "examples", "web-shop.costbench.json")).scenarios().getFirst();

    private List<String> find(String q) { return BlockSearch.find(webShop, q).stream().map(Block::id).toList(); }

    @Test
    void byPartOfTheNameIgnoringCase() { assertEquals(List.of("api"), find("orders")); }

    @Test
    void byKind() {
        assertEquals(List.of("thumbs"), find("lambda"));
        assertEquals(List.of("web"), find("auto scaling"));
    }

    @Test
    void byInstanceType() {
        assertEquals(List.of("web"), find("m5.xlarge"));
        // m5.large is the catalog nodes' type; "m5.xlarge" does not contain "m5.large"
        assertEquals(List.of("nodes"), find("m5.large"));
    }

    @Test
    void namesThatStartWithTheQueryComeFirst() {
        // "s" starts Storefront ALB; the others only contain it
        assertEquals("edge", find("s").getFirst());
    }

    @Test
    void anEmptyQueryFindsNothing() { assertEquals(List.of(), find("  ")); }
}
