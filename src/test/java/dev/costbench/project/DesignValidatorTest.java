package dev.costbench.project;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.model.Architecture;
import dev.costbench.model.Project;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DesignValidatorTest {
    private static final Provenance SOURCE = new Provenance("test", "hand-made test catalog", "2025-01-01", Basis.PUBLISHED, null);

    /** m5.large, m5.xlarge and m8g.xlarge priced in us-east-1; c5.2xlarge known but not priced there. */
    private static final PriceCatalog CATALOG = PriceCatalog.builder().version("test-1").asOf("2025-01-01")
            .instanceType(type("m5.large", 2, "8", Architecture.X86_64))
            .instanceType(type("m5.xlarge", 4, "16", Architecture.X86_64))
            .instanceType(type("m8g.xlarge", 4, "16", Architecture.ARM64))
            .instanceType(type("c5.2xlarge", 8, "16", Architecture.X86_64))
            .onDemand("us-east-1", "m5.large", rate("0.096"))
            .onDemand("us-east-1", "m5.xlarge", rate("0.192"))
            .onDemand("us-east-1", "m8g.xlarge", rate("0.17952"))
            .build();

    private static InstanceType type(String name, int vcpu, String gib, Architecture arch) {
        String[] parts = name.split("\\.");
        return new InstanceType(name, parts[0], parts[1], vcpu, new BigDecimal(gib), Set.of(arch), "test", 29, true);
    }

    private static Rate rate(String usd) { return new Rate(new BigDecimal(usd), "hour", SOURCE); }

    private static List<Problem> problems(String blocksJson) {
        return problems("us-east-1", "on-demand", blocksJson);
    }

    private static List<Problem> problems(String region, String option, String blocksJson) {
        Project p = ProjectFile.parse("""
                {"schemaVersion": 1, "scenarios": [{"region": "%s", "purchaseOption": "%s", "blocks": [%s]}]}"""
                .formatted(region, option, blocksJson), "test.costbench.json");
        return new DesignValidator().validate(p, CATALOG);
    }

    @Test
    void theWebShopExampleHasNoProblemWithItsOwnTypes() {
        assertEquals(List.of(), problems("""
                {"id": "web", "kind": "asg", "instanceType": "m5.xlarge", "desired": 4, "gravitonType": "m8g.xlarge"},
                {"id": "api", "kind": "ecs-service", "cpu": 1, "memoryGb": 2, "tasks": 10},
                {"id": "fn", "kind": "lambda", "purchaseOption": "savings-plan/compute/1y/no-upfront"}"""));
    }

    @Test
    void aBlocksUnknownFieldIsAWarningNamingTheBlockAndTheField() {
        // "desiered" is a typo of desired; "tasks" belongs to ECS services; "costCentre" is nobody's
        assertEquals(List.of(
                Problem.warning("$.scenarios[0].blocks[0].costCentre", "block \"Web\" (EC2 Auto Scaling group) has a field this "
                        + "version does not know, \"costCentre\": it is ignored when pricing and kept when saving"),
                Problem.warning("$.scenarios[0].blocks[0].desiered", "block \"Web\" (EC2 Auto Scaling group) has a field this "
                        + "version does not know, \"desiered\": it is ignored when pricing and kept when saving; did you mean desired?"),
                Problem.warning("$.scenarios[0].blocks[0].tasks", "block \"Web\" (EC2 Auto Scaling group) has a field this "
                        + "version does not know, \"tasks\": it is ignored when pricing and kept when saving; tasks belongs to "
                        + "ECS service blocks")),
                problems("""
                        {"id": "web", "name": "Web", "kind": "asg", "instanceType": "m5.xlarge", "desiered": 4, "tasks": 3,
                         "costCentre": "CC-7"}"""));
    }

    @Test
    void anImportsAssumptionsAreNotAnUnknownField() {
        // an imported design lists what it assumed on the block; that list is for people, not a misspelt field
        assertEquals(List.of(), problems("""
                {"id": "web", "name": "Web", "kind": "asg", "instanceType": "m5.xlarge", "desired": 2,
                 "assumptions": ["instance type m5.large: the plan does not say"]}"""));
    }

    @Test
    void unknownInstanceTypeSuggestsTheClosestName() {
        assertEquals(List.of(new Problem("$.scenarios[0].blocks[0].instanceType",
                        "unknown instance type \"m5.xlarg\" (did you mean m5.xlarge?)")),
                problems("{\"kind\": \"asg\", \"instanceType\": \"m5.xlarg\", \"desired\": 2}"));
    }

    @Test
    void unknownInstanceTypeFarFromAnyName() {
        assertEquals(List.of(new Problem("$.scenarios[0].blocks[0].instanceType",
                        "unknown instance type \"quantum.huge\" (not in the price catalog)")),
                problems("{\"kind\": \"eks-node-group\", \"instanceType\": \"quantum.huge\"}"));
    }

    @Test
    void regionWithoutPricesIsAWarning() {
        List<Problem> found = problems("us-east-2", "on-demand", "{\"kind\": \"lambda\"}");
        assertEquals(List.of(Problem.warning("$.scenarios[0].region", "the price catalog (test-1) has no prices for region "
                + "\"us-east-2\"; did you mean us-east-1? every block will show its prices as missing "
                + "(regions with prices: us-east-1)")), found);
    }

    @Test
    void knownTypeWithoutAPriceInTheRegionIsAWarning() {
        assertEquals(List.of(Problem.warning("$.scenarios[0].blocks[0].instanceType",
                        "the price catalog has no On-Demand price for c5.2xlarge in us-east-1; its prices will show as missing")),
                problems("{\"kind\": \"batch-queue\", \"instanceType\": \"c5.2xlarge\", \"jobsPerMonth\": 10}"));
    }

    @Test
    void taskLargerThanTheInstanceType() {
        // m5.large has 2 vCPU and 8 GiB: a 4 vCPU task cannot be placed on it
        assertEquals(List.of(new Problem("$.scenarios[0].blocks[0].cpu",
                        "a task of 4 vCPU and 8 GB does not fit on one m5.large (2 vCPU · 8 GiB)")),
                problems("{\"kind\": \"ecs-service\", \"launchType\": \"ec2\", \"instanceType\": \"m5.large\", \"cpu\": 4, \"memoryGb\": 8}"));
    }

    @Test
    void jobNeedingMoreMemoryThanTheInstanceType() {
        // m5.xlarge has 16 GiB: a 24 GB job does not fit although its 2 vCPU would
        assertEquals(List.of(new Problem("$.scenarios[0].blocks[0].memoryGbPerJob",
                        "a job of 2 vCPU and 24 GB does not fit on one m5.xlarge (4 vCPU · 16 GiB)")),
                problems("""
                        {"kind": "batch-queue", "compute": "ec2-spot", "instanceType": "m5.xlarge",
                         "vcpuPerJob": 2, "memoryGbPerJob": 24, "jobsPerMonth": 100}"""));
    }

    @Test
    void jobAsLargeAsTheInstanceDoesNotFitItsRegisteredMemory() {
        // m5.large has 8 GiB installed and registers floor(8 × 1,024 × 7,985 ÷ 8,192) = 7,985 MiB: an 8 GB job (8,192 MiB)
        // does not fit, as the engine packs it
        assertEquals(List.of(new Problem("$.scenarios[0].blocks[0].memoryGbPerJob",
                        "a job of 2 vCPU and 8 GB does not fit on one m5.large (2 vCPU · 8 GiB): it registers 7,985 MiB for tasks")),
                problems("""
                        {"kind": "batch-queue", "compute": "ec2", "instanceType": "m5.large",
                         "vcpuPerJob": 2, "memoryGbPerJob": 8, "jobsPerMonth": 100}"""));
    }

    @Test
    void gravitonOverrideMustBeAnArmType() {
        assertEquals(List.of(new Problem("$.scenarios[0].blocks[0].gravitonType", "m5.large is not a Graviton (arm64) instance type")),
                problems("{\"kind\": \"asg\", \"instanceType\": \"m5.xlarge\", \"gravitonType\": \"m5.large\"}"));
    }

    @Test
    void aBlockBuiltWithoutItsInstanceType() {
        // the window can build a block the file format would refuse; the validator still names the gap
        Project p = new Project("Drawn", List.of(dev.costbench.model.Scenario.empty("Baseline")
                .withBlock(dev.costbench.model.AutoScalingGroup.of("web", "Web", null, 1, 1, 1))));
        assertEquals(List.of(new Problem("$.scenarios[0].blocks[0].instanceType", "is missing (an instance type such as m5.large)")),
                new DesignValidator().validate(p, CATALOG));
    }

    @Test
    void aDesignWithoutScenarios() {
        Project empty = ProjectFile.parse("{\"schemaVersion\": 1, \"scenarios\": []}", "empty.costbench.json");
        assertEquals(List.of(new Problem("$.scenarios", "the design has no scenario to price")),
                new DesignValidator().validate(empty, CATALOG));
    }

    @Test
    void typosAreOneOrTwoEditsAway() {
        assertEquals(1, NameSuggestion.distance("m5.xlarg", "m5.xlarge"));
        assertEquals(1, NameSuggestion.distance("m5.xlrage", "m5.xlarge"), "two swapped letters are one edit");
        assertEquals(java.util.Optional.of("m5.xlarge"), NameSuggestion.closest("M5.XLARGE", List.of("m5.large", "m5.xlarge")));
    }
}
