package dev.costbench.project;

import dev.costbench.model.Block;
import dev.costbench.model.Project;
import dev.costbench.model.Tags;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A block's tags are read, refused by AWS's tag rules at their own path, kept through edits and written back. */
class TagsFileTest {
    private static final String FILE = "tags.costbench.json";

    private static String design(String tags) {
        return """
                {"schemaVersion": 2, "name": "Tagged", "scenarios": [{"name": "Baseline", "region": "us-east-1", "blocks": [
                  {"id": "web", "kind": "asg", "instanceType": "m5.xlarge", "min": 2, "desired": 4, "max": 8, "tags": %s},
                  {"id": "fn", "kind": "lambda", "memoryMb": 512}
                ], "connections": []}]}""".formatted(tags);
    }

    private static String error(String json) {
        return assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, FILE)).getMessage();
    }

    @Test
    void tagsAreReadInTheFilesOrderAndWrittenBackAfterThePosition() {
        Project p = ProjectFile.parse(design("{\"team\": \"shop\", \"environment\": \"production\", \"cost-centre\": \"\"}"), FILE);
        Block web = p.scenarios().getFirst().blocks().getFirst();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("team", "shop");
        expected.put("environment", "production");
        expected.put("cost-centre", "");
        assertEquals(expected, web.tags().entries());
        assertEquals(List.of("team", "environment", "cost-centre"), List.copyOf(web.tags().entries().keySet()));
        assertTrue(p.scenarios().getFirst().blocks().get(1).tags().isEmpty());

        String saved = ProjectFile.toJson(p);
        assertTrue(saved.replaceAll("\\s", "").contains("\"y\":0,\"tags\":{\"team\":\"shop\",\"environment\":\"production\",\"cost-centre\":\"\"}"), saved);
        assertFalse(saved.replaceAll("\\s", "").contains("\"memoryMb\":512,\"tags\""), "an untagged block writes no tags: " + saved);
        assertEquals(p, ProjectFile.parse(saved, FILE), "reopened, the design is the same");
    }

    @Test
    void anEditOfAnotherFieldKeepsTheTags() {
        Project p = ProjectFile.parse(design("{\"team\": \"shop\"}"), FILE);
        Block web = p.scenarios().getFirst().blocks().getFirst();
        Block moved = web.withPosition(10, 20).withName("Web");
        assertEquals(web.tags(), moved.tags());
        assertEquals("shop", moved.withTags(moved.tags().with("environment", "test")).tags().get("team"));
        assertTrue(web.withTags(Tags.NONE).extensions().isEmpty(), "no tags leaves no field behind");
    }

    @Test
    void aKeyOrValueBreakingAwsRulesIsRefusedAtItsPath() {
        String at = FILE + ": $.scenarios[0].blocks[0].tags";
        assertEquals(at + ".team: a tag value must be text, not 5", error(design("{\"team\": 5}")));
        assertEquals(at + "['aws:team']: a tag key must not start with \"aws:\", which AWS reserves",
                error(design("{\"aws:team\": \"x\"}")));
        assertEquals(at + "['a*b']: a tag key may hold only letters, digits, spaces and _ . : / = + - @",
                error(design("{\"a*b\": \"x\"}")));
        // 129 characters: one more than AWS's 128 for a key
        assertEquals(at + "." + "k".repeat(129) + ": a tag key must be at most 128 characters, not 129",
                error(design("{\"" + "k".repeat(129) + "\": \"x\"}")));
        assertEquals(at + ".team: a tag value must be at most 256 characters, not 257",
                error(design("{\"team\": \"" + "v".repeat(257) + "\"}")));
        assertTrue(error(design("[\"team\"]")).startsWith(at + ": must be an object {...}, not "), error(design("[\"team\"]")));
    }

    @Test
    void theLongestKeyAndValueAwsAllowsAreAccepted() {
        // 128 and 256 characters, with the accented letters, digits, space and punctuation AWS allows
        String key = "Équipe 1_.:/=+-@" + "k".repeat(112);
        String value = "v".repeat(256);
        Block web = ProjectFile.parse(design("{\"" + key + "\": \"" + value + "\"}"), FILE).scenarios().getFirst().blocks().getFirst();
        assertEquals(value, web.tags().get(key));
    }
}
