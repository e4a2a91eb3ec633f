package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Older files are migrated, newer ones open read-only, and fields this version does not know survive a save. */
class FileVersionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    @Test
    void aVersionOneExampleSavesAsVersionTwoWithNothingElseChanged() throws Exception {
        Path v1 = Examples.path("web-shop.costbench.json");
        Project p = ProjectFile.read(v1);
        assertEquals(Project.CURRENT_SCHEMA, p.schemaVersion());
        JsonNode before = JSON.readTree(v1.toFile());
        JsonNode after = JSON.readTree(ProjectFile.toJson(p));
        assertEquals(2, after.get("schemaVersion").asInt());
        // the scenarios come back field for field (defaults filled in), and no description is invented
        assertEquals(before.at("/scenarios/0/name"), after.at("/scenarios/0/name"));
        assertFalse(after.at("/scenarios/0").has("description"));
        assertEquals(ProjectFile.toJson(p), ProjectFile.toJson(ProjectFile.parse(ProjectFile.toJson(p), "again")));
    }

    @Test
    void aDescriptionRoundTrips() {
        Project p = new Project("Shop", java.util.List.of(Scenario.empty("Peak").withDescription("Black Friday, web tier on Spot")));
        String json = ProjectFile.toJson(p);
        assertTrue(json.contains("\"name\": \"Peak\",\n      \"description\": \"Black Friday, web tier on Spot\",\n"), json);
        assertEquals(p, ProjectFile.parse(json, "shop.costbench.json"));
    }

    @Test
    void unknownFieldsAtEveryLevelAreKeptOnSaveAfterAnEdit() throws Exception {
        Project p = ProjectFile.parse("""
                {"schemaVersion": 2, "name": "Shop", "owner": "finance",
                 "scenarios": [{"name": "Baseline", "budget": {"usd": 12000.50}, "blocks": [
                   {"id": "web", "kind": "asg", "instanceType": "m5.large", "desired": 2, "labels": ["prod", "eu"], "notes": "sized for May"}],
                   "connections": []}]}""", "shop.costbench.json");
        AutoScalingGroup web = (AutoScalingGroup) p.scenarios().getFirst().blocks().getFirst();
        // an edit in the window goes through the with… methods; the unknown fields travel with the block
        Project edited = p.withScenario(0, p.scenarios().getFirst().withBlock(web.withCounts(2, 5, 8).withName("Web tier")));
        Path file = dir.resolve("shop.costbench.json");
        ProjectFile.write(edited, file);
        JsonNode saved = JSON.readTree(file.toFile());
        assertEquals("finance", saved.get("owner").asText());
        assertTrue(Files.readString(file).contains("\"usd\": 12000.50"), "numbers are kept as written");
        assertEquals("eu", saved.at("/scenarios/0/blocks/0/labels/1").asText());
        assertEquals("sized for May", saved.at("/scenarios/0/blocks/0/notes").asText());
        assertEquals(5, saved.at("/scenarios/0/blocks/0/desired").asInt());
        assertEquals(edited, ProjectFile.read(file));
    }

    @Test
    void aFieldOfAnotherKindOnABlockIsKeptAsUnknown() {
        // "cpu" belongs to ECS services: on an Auto Scaling group this version has no use for it, so it is kept as it was
        Project p = ProjectFile.parse("""
                {"scenarios": [{"blocks": [{"id": "web", "kind": "asg", "instanceType": "m5.large", "cpu": 2}]}]}""", "x.json");
        assertEquals(JSON.valueToTree(2), p.scenarios().getFirst().blocks().getFirst().extensions().get("cpu"));
    }

    @Test
    void aNewerFileThisVersionCanReadOpensMarkedReadOnly() throws Exception {
        Path file = Files.writeString(dir.resolve("shop.costbench.json"), """
                {"schemaVersion": 3, "name": "Shop", "carbon": {"region": "eu"},
                 "scenarios": [{"name": "Baseline", "blocks": [{"id": "web", "kind": "asg", "instanceType": "m5.large",
                   "carbonKgPerMonth": 41.5}]}]}""");
        Project p = ProjectFile.read(file);
        assertTrue(ProjectFile.isFromNewerVersion(p));
        assertEquals("shop.costbench.json was written by a newer Costbench (schema 3); opened read-only — Save As to keep "
                + "a copy in schema 2. Fields this version does not know are kept in the copy, but what they mean to the "
                + "newer Costbench is not applied here.", ProjectFile.newerVersionNotice(p, "shop.costbench.json"));
        assertThrows(ProjectFileException.class, () -> ProjectFile.write(p, file));

        Path copy = dir.resolve("shop-copy.costbench.json");
        ProjectFile.write(p, copy);
        JsonNode saved = JSON.readTree(copy.toFile());
        assertEquals(2, saved.get("schemaVersion").asInt());
        assertEquals("eu", saved.at("/carbon/region").asText());
        assertEquals(41.5, saved.at("/scenarios/0/blocks/0/carbonKgPerMonth").asDouble());
        Project reopened = ProjectFile.read(copy);
        assertFalse(ProjectFile.isFromNewerVersion(reopened));
        assertNull(ProjectFile.newerVersionNotice(reopened, "shop-copy.costbench.json"));
    }
}
