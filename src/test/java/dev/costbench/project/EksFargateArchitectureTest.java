package dev.costbench.project;

import dev.costbench.model.Architecture;
import dev.costbench.model.BlockKind;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.FieldSpec;
import dev.costbench.model.spec.KindSpec;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EKS Fargate runs x86_64 pods only (EKS user guide, compute comparison: no Arm on Fargate). The spec narrows the
 * architecture choice by mode, and the reader, validator and inspector all ask the spec.
 */
class EksFargateArchitectureTest {
    private static final String FILE = "cluster.costbench.json";

    private static String profile(String arch) {
        return """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "fg", "kind": "eks-node-group", "cluster": "prod", "mode": "fargate", "pods": 4, "podCpu": 1,
                   "podMemoryGb": 2, "architecture": "%s"}]}]}""".formatted(arch);
    }

    @Test
    void theReaderRefusesAnArm64FargateProfileNamingFilePlaceAndWhatToDo() {
        String message = assertThrows(ProjectFileException.class, () -> ProjectFile.parse(profile("arm64"), FILE)).getMessage();
        assertEquals(FILE + ": $.scenarios[0].blocks[0].architecture: `arm64` is not allowed with mode `fargate`: "
                + EksNodeGroup.FARGATE_RUNS_X86_ONLY + " (EKS user guide, compute comparison); use `x86_64` (or leave "
                + "`architecture` out)", message);
    }

    @Test
    void x86OnFargateAndArm64OnManagedNodesAreRead() throws Exception {
        ProjectFile.parse(profile("x86_64"), FILE);
        ProjectFile.parse("""
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "ng", "kind": "eks-node-group", "cluster": "prod", "instanceType": "m7g.large", "architecture": "arm64"}]}]}""",
                FILE);
    }

    @Test
    void theSpecOffersOnlyX86ForAFargateProfile() {
        KindSpec spec = BlockSpecs.of(BlockKind.EKS_NODE_GROUP);
        EksNodeGroup fargate = EksNodeGroup.managed("fg", "fg", "prod", null, 0).withFargatePods(2, BigDecimal.ONE, new BigDecimal("2"));
        assertEquals(List.of("x86_64"), spec.field("architecture").allowedNames(FieldSpec.otherFields(spec, fargate)));
        EksNodeGroup managed = EksNodeGroup.managed("ng", "ng", "prod", "m5.large", 2);
        assertEquals(List.of("x86_64", "arm64"), spec.field("architecture").allowedNames(FieldSpec.otherFields(spec, managed)));
        // a block made in code (not read) with arm64 on Fargate: the spec's reason, for the validator to report
        EksNodeGroup arm = new EksNodeGroup("fg", "fg", 0, 0, null, "prod", EksNodeGroup.Mode.FARGATE, null, 0, null, 2,
                BigDecimal.ONE, new BigDecimal("2"), Architecture.ARM64, null, null, null);
        assertTrue(spec.field("architecture").refusal("arm64", FieldSpec.otherFields(spec, arm)).contains("x86_64 only"));
    }

    @Test
    void theValidatorReportsAnArm64FargateProfileMadeInCode() {
        dev.costbench.model.Project read = ProjectFile.parse(profile("x86_64"), FILE);
        EksNodeGroup fg = (EksNodeGroup) read.scenarios().get(0).blocks().get(0);
        EksNodeGroup arm = new EksNodeGroup(fg.id(), fg.name(), 0, 0, null, fg.cluster(), fg.mode(), null, 0, null, fg.pods(),
                fg.podCpu(), fg.podMemoryGb(), Architecture.ARM64, null, null, null);
        dev.costbench.model.Project p = read.withScenario(0, read.scenarios().get(0).withBlocks(List.of(arm)));
        List<Problem> problems = new DesignValidator().validate(p, dev.costbench.catalog.CatalogLoader.bundled());
        assertTrue(problems.stream().anyMatch(q -> q.isError() && q.describe().contains("blocks[0].architecture")
                && q.describe().contains("x86_64 only")), problems.toString());
    }

    @Test
    void gp3VolumeFieldsSurviveASaveAndAreWrittenOnlyWhenSet() {
        String json = """
                {"schemaVersion": 1, "scenarios": [{"blocks": [
                  {"id": "ng", "kind": "eks-node-group", "cluster": "prod", "instanceType": "m5.large",
                   "ebsGbPerInstance": 100, "ebsIops": 6000, "ebsThroughputMbps": 250},
                  {"id": "b", "kind": "batch-queue", "instanceType": "m5.large", "ebsGbPerInstance": 50}]}]}""";
        dev.costbench.model.Project p = ProjectFile.parse(json, FILE);
        EksNodeGroup ng = (EksNodeGroup) p.scenarios().get(0).blocks().get(0);
        assertEquals(new dev.costbench.model.EbsVolume(100, 6_000, 250), ng.ebs());
        String written = ProjectFile.toJson(p);
        assertEquals(p, ProjectFile.parse(written, FILE));
        // the batch queue's volume keeps the included 3,000 IOPS / 125 MB/s, so only its size is written
        assertEquals(1, written.split("\"ebsIops\"", -1).length - 1, written);
    }
}
