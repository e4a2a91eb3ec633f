package dev.costbench.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every way a design file can be wrong gives one line naming the file, the JSON path and the problem. */
class ProjectFileErrorsTest {
    private static final String FILE = "web-shop.costbench.json";

    @TempDir Path dir;

    /** The brief's web shop with the third block's desired count replaced by {@code desired}. */
    private static String webShopWithNodes(String desired) {
        return """
                {"schemaVersion": 1, "name": "Web shop", "scenarios": [{"name": "Baseline", "region": "us-east-1", "blocks": [
                  {"id": "web", "kind": "asg", "instanceType": "m5.xlarge", "min": 2, "desired": 4, "max": 8},
                  {"id": "api", "kind": "ecs-service", "launchType": "fargate", "cpu": 1, "memoryGb": 2, "tasks": 10},
                  {"id": "nodes", "kind": "eks-node-group", "cluster": "prod", "instanceType": "m5.large", "desired": %s}
                ], "connections": [{"from": "web", "to": "nodes"}]}]}""".formatted(desired);
    }

    private static String block(String json) {
        return """
                {"schemaVersion": 1, "scenarios": [{"blocks": [%s]}]}""".formatted(json);
    }

    private static String error(String json) {
        return assertThrows(ProjectFileException.class, () -> ProjectFile.parse(json, FILE)).getMessage();
    }

    @Test
    void negativeCount() {
        assertEquals("web-shop.costbench.json: $.scenarios[0].blocks[2].desired: must be from 0 to 100,000 nodes, not -3",
                error(webShopWithNodes("-3")));
    }

    @Test
    void fractionalCount() {
        assertEquals(FILE + ": $.scenarios[0].blocks[2].desired: must be a whole number from 0 to 100,000 nodes, not 2.5",
                error(webShopWithNodes("2.5")));
    }

    @Test
    void nonNumericCount() {
        assertEquals(FILE + ": $.scenarios[0].blocks[2].desired: must be a whole number from 0 to 100,000 nodes, not \"four\"",
                error(webShopWithNodes("\"four\"")));
    }

    @Test
    void notANumber() {
        // line 4 of the text block; NaN takes columns 103-105 and the parser stops right after it
        assertEquals(FILE + ": $.scenarios[0].blocks[2].desired: malformed JSON at line 4, column 106: "
                + "NaN is not a number JSON allows (no NaN or Infinity)", error(webShopWithNodes("NaN")));
    }

    @Test
    void infiniteOrAbsurdCount() {
        assertEquals(FILE + ": $.scenarios[0].blocks[2].desired: must be from 0 to 100,000 nodes, not 1E+400",
                error(webShopWithNodes("1e400")));
        assertEquals(FILE + ": $.scenarios[0].blocks[2].desired: must be from 0 to 100,000 nodes, not 250000",
                error(webShopWithNodes("250000")));
    }

    @Test
    void absurdRequestCount() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].requestsPerMonth: must be from 0 to 1,000,000,000,000 requests a month, "
                + "not 2000000000000", error(block("{\"kind\": \"lambda\", \"requestsPerMonth\": 2000000000000}")));
    }

    @Test
    void negativeDecimal() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].processedGbPerHour: must be from 0 to 1,000,000,000 GB an hour, not -1.5",
                error(block("{\"kind\": \"load-balancer\", \"processedGbPerHour\": -1.5}")));
    }

    @Test
    void unknownKind() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].kind: unknown block kind \"asgg\" (expected asg, ecs-service, "
                + "eks-node-group, lambda, batch-queue, load-balancer, app-runner, ecr-repository, ec2-instances, nat-gateway or internet)", error(block("{\"kind\": \"asgg\"}")));
    }

    @Test
    void unknownEnumValue() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].launchType: unknown launchType \"fargat\" (expected fargate or ec2)",
                error(block("{\"kind\": \"ecs-service\", \"launchType\": \"fargat\", \"cpu\": 1, \"memoryGb\": 2}")));
        assertEquals(FILE + ": $.scenarios[0].blocks[0].capacityProviders[1].provider: unknown provider \"SPOT\" "
                + "(expected FARGATE or FARGATE_SPOT)", error(block("""
                {"kind": "ecs-service", "cpu": 1, "memoryGb": 2,
                 "capacityProviders": [{"provider": "FARGATE"}, {"provider": "SPOT"}]}""")));
    }

    @Test
    void invalidFargateMemoryForTheCpu() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].memoryGb: a Fargate task with 1 vCPU takes 2 to 8 GB of memory "
                + "in 1 GB steps, not 9 GB", error(block("{\"kind\": \"ecs-service\", \"cpu\": 1, \"memoryGb\": 9}")));
        assertEquals(FILE + ": $.scenarios[0].blocks[0].memoryGb: a Fargate task with 0.25 vCPU takes 0.5, 1 or 2 GB "
                + "of memory, not 1.5 GB", error(block("{\"kind\": \"ecs-service\", \"cpu\": 0.25, \"memoryGb\": 1.5}")));
        // 8 vCPU takes 16 to 60 GB in 4 GB steps: 18 is between steps
        assertEquals(FILE + ": $.scenarios[0].blocks[0].memoryGb: a Fargate task with 8 vCPU takes 16 to 60 GB of memory "
                + "in 4 GB steps, not 18 GB", error(block("{\"kind\": \"ecs-service\", \"cpu\": 8, \"memoryGb\": 18}")));
    }

    @Test
    void invalidFargateCpu() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].cpu: Fargate tasks take 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU, not 3",
                error(block("{\"kind\": \"ecs-service\", \"cpu\": 3, \"memoryGb\": 6}")));
    }

    @Test
    void everyFargatePairInAwsTableIsAccepted() {
        String[][] pairs = {{"0.25", "0.5"}, {"0.25", "2"}, {"0.5", "4"}, {"1", "8"}, {"2", "16"}, {"4", "30"},
                {"8", "60"}, {"16", "32"}, {"16", "120"}};
        for (String[] p : pairs)
            ProjectFile.parse(block("{\"kind\": \"ecs-service\", \"cpu\": " + p[0] + ", \"memoryGb\": " + p[1] + "}"), FILE);
    }

    @Test
    void eksFargatePodTooLargeForAnyFargateSize() {
        // 120 GB + 0.25 GB for the Kubernetes components is past Fargate's largest size
        assertEquals(FILE + ": $.scenarios[0].blocks[0].podMemoryGb: no Fargate size has 4 vCPU and 120.25 GB (pod memory "
                        + "+ 0.25 GB for Kubernetes components); the largest is 16 vCPU and 120 GB",
                error(block("{\"kind\": \"eks-node-group\", \"mode\": \"fargate\", \"pods\": 2, \"podCpu\": 4, \"podMemoryGb\": 120}")));
    }

    @Test
    void connectionToAMissingBlock() {
        assertEquals(FILE + ": $.scenarios[0].connections[0].to: no block with id \"wbe\" in this scenario", error("""
                {"schemaVersion": 1, "scenarios": [{"blocks": [{"id": "edge", "kind": "load-balancer"}],
                 "connections": [{"from": "edge", "to": "wbe"}]}]}"""));
    }

    @Test
    void duplicateBlockIds() {
        assertEquals(FILE + ": $.scenarios[0].blocks[1].id: duplicate block id \"web\" (also $.scenarios[0].blocks[0])",
                error(block("""
                        {"id": "web", "kind": "asg", "instanceType": "m5.large"},
                        {"id": "web", "kind": "lambda"}""")));
    }

    @Test
    void desiredOutsideMinAndMax() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].desired: desired (9) must be between min (2) and max (8)",
                error(block("{\"kind\": \"asg\", \"instanceType\": \"m5.large\", \"min\": 2, \"desired\": 9, \"max\": 8}")));
    }

    @Test
    void missingInstanceType() {
        assertEquals(FILE + ": $.scenarios[0].blocks[0].instanceType: is missing (an Auto Scaling group needs an instance "
                + "type such as m5.xlarge)", error(block("{\"kind\": \"asg\", \"desired\": 2}")));
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        // the comma after "m5.large" is missing: the parser stops at the quote of "desired", line 1, column 91
        assertEquals(FILE + ": $.scenarios[0].blocks[0].instanceType: malformed JSON at line 1, column 91: '\"' where "
                        + "a comma should come between two fields",
                error(block("{\"kind\": \"asg\", \"instanceType\": \"m5.large\" \"desired\": 2}")));
    }

    @Test
    void duplicateFieldIsRejected() {
        assertTrue(error(block("{\"kind\": \"asg\", \"instanceType\": \"m5.large\", \"desired\": 2, \"desired\": 3}"))
                .startsWith(FILE + ": $.scenarios[0].blocks[0].desired: malformed JSON at line 1, column "));
    }

    @Test
    void aNewerFileThatUsesWhatThisVersionCannotReadIsRefusedWithTheVersionFirst() {
        assertEquals(FILE + ": $.schemaVersion: written by a newer Costbench (schema 3) and uses what this version "
                + "(schema 2) cannot read, starting at $.scenarios[0].blocks[0].kind: unknown block kind \"quantum-computer\" "
                + "(expected asg, ecs-service, eks-node-group, lambda, batch-queue, load-balancer, app-runner, ecr-repository, ec2-instances, nat-gateway or internet) — update Costbench to open it",
                error("""
                {"schemaVersion": 3, "scenarios": [{"blocks": [{"kind": "quantum-computer"}]}]}"""));
    }

    @Test
    void duplicateScenarioNames() {
        assertEquals(FILE + ": $.scenarios[1].name: duplicate scenario name \"Baseline\" (also $.scenarios[0])",
                error("{\"schemaVersion\": 1, \"scenarios\": [{\"name\": \"Baseline\"}, {\"name\": \"Baseline\"}]}"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"schemaVersion\": 1, \"scenarios\": [], \"x\": " + "[".repeat(100) + "]".repeat(100) + "}";
        assertTrue(error(deep).matches(
                "web-shop\\.costbench\\.json: \\$\\.x(\\[0\\])+…: nested more than 64 levels deep at line 1, column \\d+"),
                error(deep));
    }

    @Test
    void overlongTextIsRefused() {
        String longName = "{\"schemaVersion\": 1, \"scenarios\": [], \"name\": \"" + "a".repeat(1_000_001) + "\"}";
        assertTrue(error(longName).startsWith(FILE + ": $.name: a text value longer than 1000000 characters"), error(longName));
    }

    @Test
    void everyProblemOfTheFileIsCollected() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(block("""
                {"id": "a", "kind": "asg", "instanceType": "m5.large", "desired": -1},
                {"id": "b", "kind": "lambda", "memoryMb": 64}"""), FILE));
        assertEquals(List.of(
                new Problem("$.scenarios[0].blocks[0].desired", "must be from 0 to 100,000 instances, not -1"),
                new Problem("$.scenarios[0].blocks[1].memoryMb", "must be from 128 to 10,240 MB, not 64")), e.problems());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nope.costbench.json");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFile.read(missing));
        assertEquals(missing + ": file not found", e.getMessage());
    }

    @Test
    void fileThatIsNotUtf8() throws Exception {
        Path latin1 = dir.resolve("latin1.costbench.json");
        Files.write(latin1, new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xE9, '"', '}'});
        assertEquals(latin1 + ": is not UTF-8 text (a design file is JSON saved as UTF-8)",
                assertThrows(ProjectFileException.class, () -> ProjectFile.read(latin1)).getMessage());
    }

    @Test
    void aLoopOfLinksIsSaidToBeOne() throws Exception {
        Path a = dir.resolve("a.costbench.json"), b = dir.resolve("b.costbench.json");
        java.nio.file.Files.createSymbolicLink(a, b.getFileName());
        java.nio.file.Files.createSymbolicLink(b, a.getFileName());
        ProjectFileException e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class, () -> ProjectFile.read(a));
        assertEquals(a + ": is a link to b.costbench.json in a loop of links that never reaches a file", e.getMessage());
        java.nio.file.Files.delete(b);
        e = org.junit.jupiter.api.Assertions.assertThrows(ProjectFileException.class, () -> ProjectFile.read(a));
        assertEquals(a + ": is a link to b.costbench.json, which does not exist", e.getMessage());
    }
}
