package dev.costbench.project.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.model.Project;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MigrationChainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theChainHasOneStepPerVersionUpToTheOneThisCostbenchWrites() {
        assertEquals(Project.CURRENT_SCHEMA, MigrationChain.latest());
        for (int i = 0; i < MigrationChain.STEPS.size(); i++) assertEquals(i + 1, MigrationChain.STEPS.get(i).from());
    }

    @Test
    void versionOneGainsVersionTwoAndKeepsEveryDescriptionItAlreadyHad() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree("""
                {"schemaVersion": 1, "scenarios": [
                  {"name": "A", "description": "Black Friday peak"},
                  {"name": "B", "description": ["web", "api"]},
                  {"name": "C", "description": 42},
                  {"name": "D", "description": null},
                  {"name": "E"}]}""");
        List<Migration> ran = MigrationChain.upgrade(root, 1);
        assertEquals(List.of("scenarios gain a description"), ran.stream().map(Migration::summary).toList());
        assertEquals(JSON.readTree("""
                {"schemaVersion": 2, "scenarios": [
                  {"name": "A", "description": "Black Friday peak"},
                  {"name": "B", "description": "[\\"web\\",\\"api\\"]"},
                  {"name": "C", "description": "42"},
                  {"name": "D"},
                  {"name": "E"}]}"""), root);
    }

    @Test
    void aFileOfTheCurrentVersionIsLeftAsItIs() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree("{\"schemaVersion\": 2, \"scenarios\": [{\"description\": 42}]}");
        assertEquals(List.of(), MigrationChain.upgrade(root, Project.CURRENT_SCHEMA));
        assertEquals(JSON.readTree("{\"schemaVersion\": 2, \"scenarios\": [{\"description\": 42}]}"), root);
    }
}
