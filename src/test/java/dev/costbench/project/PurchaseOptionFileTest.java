package dev.costbench.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A design file names purchase options by key; the design holds the option itself, and an unknown key is refused. */
class PurchaseOptionFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "web-shop.costbench.json";
    private static final String EXPECTED = "(expected on-demand, spot, reserved/<1y|3y>/<standard|convertible>/<payment> or "
            + "savings-plan/<compute|ec2-instance>/<1y|3y>/<payment>, payment being no-upfront, partial-upfront or all-upfront)";

    private static String design(String scenarioOption, String blockOption) {
        return """
                {"schemaVersion": 1, "name": "Web shop", "scenarios": [{"name": "Baseline", "region": "us-east-1",
                  %s"blocks": [{"id": "web", "kind": "asg", "instanceType": "m5.xlarge", "min": 2, "desired": 4, "max": 8%s}]}]}"""
                .formatted(scenarioOption == null ? "" : "\"purchaseOption\": \"" + scenarioOption + "\", ",
                        blockOption == null ? "" : ", \"purchaseOption\": \"" + blockOption + "\"");
    }

    private static String error(String json) {
        return assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, FILE)).getMessage();
    }

    @Test
    void anUnknownBlockOptionNamesTheFileTheBlockAndEveryKeyAllowed() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].purchaseOption: unknown purchase option "
                + "\"reserved/1yr/standard/no-upfront\" " + EXPECTED, error(design(null, "reserved/1yr/standard/no-upfront")));
    }

    @Test
    void anUnknownScenarioOptionIsRefusedTheSameWay() {
        assertEquals(FILE + ": $.scenarios[0].purchaseOption: unknown purchase option \"savings-plan/compute/5y/no-upfront\" "
                + EXPECTED, error(design("savings-plan/compute/5y/no-upfront", null)));
    }

    @Test
    void theMessageSpeaksOfTheProductNotOfTheProgram() {
        String message = error(design(null, "RESERVED"));
        assertTrue(!message.contains("Exception") && !message.contains("PurchaseOption") && !message.contains("\n"), message);
    }

    @Test
    void everyKeyReadsAsItsOptionAndIsWrittenBackUnchanged() throws Exception {
        for (PurchaseOption o : PurchaseOption.ALL) {
            Project read = ProjectFile.parse(design(o.key(), o.key()), FILE);
            Scenario s = read.scenarios().getFirst();
            assertSame(o, PurchaseOption.ALL.get(s.purchaseOption().index()), o.key());
            assertEquals(o, s.purchaseOption(), o.key());
            assertEquals(o, s.blocks().getFirst().purchaseOption(), o.key());
            Project again = ProjectFile.parse(ProjectFile.toJson(read), FILE);
            assertEquals(read, again, o.key());
            JsonNode written = JSON.readTree(ProjectFile.toJson(read)).get("scenarios").get(0);
            assertEquals(o.key(), written.get("purchaseOption").textValue());
            assertEquals(o.key(), written.get("blocks").get(0).get("purchaseOption").textValue());
        }
    }

    @Test
    void noOptionOrAnEmptyOneIsTheScenarioDefault() throws Exception {
        Project none = ProjectFile.parse(design(null, null), FILE);
        assertEquals(Scenario.DEFAULT_OPTION, none.scenarios().getFirst().purchaseOption());
        assertNull(none.scenarios().getFirst().blocks().getFirst().purchaseOption());
        Block blank = ProjectFile.parse(design("spot", " "), FILE).scenarios().getFirst().blocks().getFirst();
        assertNull(blank.purchaseOption());
        // a block without its own option writes none, so it keeps following the scenario's
        Project written = new Project("p", List.of(Scenario.empty("s").withBlock(AutoScalingGroup.of("a", "a", "m5.large", 1, 1, 1))));
        assertFalse(JSON.readTree(ProjectFile.toJson(written)).get("scenarios").get(0).get("blocks").get(0).has("purchaseOption"));
    }
}
