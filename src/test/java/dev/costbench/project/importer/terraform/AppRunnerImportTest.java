package dev.costbench.project.importer.terraform;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.importer.ImportedDesign;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** aws_apprunner_service becomes an App Runner service block, its auto scaling configuration folded into it. */
class AppRunnerImportTest {

    @Test
    void aServiceTakesItsSizeAndScalingFromThePlan() {
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_apprunner_auto_scaling_configuration_version.small", "mode": "managed",
                   "type": "aws_apprunner_auto_scaling_configuration_version", "name": "small",
                   "values": {"auto_scaling_configuration_name": "small", "min_size": 2, "max_size": 4}},
                  {"address": "aws_apprunner_service.api", "mode": "managed", "type": "aws_apprunner_service", "name": "api",
                   "values": {"service_name": "api", "instance_configuration": [{"cpu": "1024", "memory": "2 GB"}],
                              "source_configuration": [{"auto_deployments_enabled": false}]}}]}},
                 "configuration": {"root_module": {"resources": [
                  {"address": "aws_apprunner_service.api", "mode": "managed", "type": "aws_apprunner_service", "name": "api", "expressions": {
                    "auto_scaling_configuration_arn": {"references": ["aws_apprunner_auto_scaling_configuration_version.small.arn",
                      "aws_apprunner_auto_scaling_configuration_version.small"]}}}]}}}
                """;
        ImportedDesign d = TerraformImporter.fromText(plan, "runner.json", "runner.json", UsageFile.NONE);
        Scenario s = d.project().scenarios().getFirst();
        assertEquals(1, s.blocks().size());
        AppRunnerService r = (AppRunnerService) s.blocks().getFirst();
        assertEquals(AppRunnerService.Size.V1_GB2, r.size());
        assertEquals(2, r.minInstances());
        assertEquals(4, r.maxInstances());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(r.activeInstances()), "the provisioned instances, active");
        assertEquals(100, r.activePercent());
        assertEquals(AppRunnerService.Deployments.MANUAL, r.deployments());
        assertEquals(List.of(), d.notMapped(), "the auto scaling configuration is folded into the service");
        assertTrue(d.assumptions().stream().anyMatch(x -> x.contains("% of the month active")), d.assumptions().toString());
        // priced in us-east-1 (https://aws.amazon.com/apprunner/pricing/): 2 active × 1 vCPU all month = 2 × 0.064 × 730
        // = 93.44; 2 × 2 GB = 4 × 0.007 × 730 = 20.44; nothing provisioned idle: 113.88
        var cost = new PricingEngine(CatalogLoader.bundled()).price(s).blocks().getFirst().option(PurchaseOption.ON_DEMAND);
        assertEquals(0, new BigDecimal("113.88").compareTo(cost.monthlyEffective()), cost.monthlyEffective().toPlainString());
    }

    @Test
    void aSizeAppRunnerDoesNotOfferIsAssumedAndSaid() {
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_apprunner_service.odd", "mode": "managed", "type": "aws_apprunner_service", "name": "odd",
                   "values": {"service_name": "odd", "instance_configuration": [{"cpu": "3 vCPU", "memory": "5 GB"}]}}]}}}
                """;
        ImportedDesign d = TerraformImporter.fromText(plan, "odd.json", "odd.json", UsageFile.NONE);
        AppRunnerService r = (AppRunnerService) d.project().scenarios().getFirst().blocks().getFirst();
        assertEquals(AppRunnerService.Size.V1_GB2, r.size());
        assertEquals(1, r.minInstances());
        assertEquals(25, r.maxInstances());
        assertEquals(AppRunnerService.Deployments.AUTOMATIC, r.deployments(), "AWS's default");
        assertTrue(d.assumptions().stream().anyMatch(x -> x.contains("are no App Runner configuration")), d.assumptions().toString());
    }

    @Test
    void anEcrRepositoryTakesWhatItStoresFromTheUsageFileOrAnAssumption() {
        String plan = """
                {"format_version": "1.2", "planned_values": {"root_module": {"resources": [
                  {"address": "aws_ecr_repository.api", "mode": "managed", "type": "aws_ecr_repository", "name": "api",
                   "values": {"name": "api"}},
                  {"address": "aws_ecr_lifecycle_policy.api", "mode": "managed", "type": "aws_ecr_lifecycle_policy", "name": "api",
                   "values": {}}]}}}
                """;
        ImportedDesign d = TerraformImporter.fromText(plan, "ecr.json", "ecr.json", UsageFile.NONE);
        dev.costbench.model.EcrRepository e = (dev.costbench.model.EcrRepository) d.project().scenarios().getFirst().blocks().getFirst();
        assertEquals(0, BigDecimal.TEN.compareTo(e.storedGb()));
        assertEquals(List.of(), d.notMapped(), "the lifecycle policy is folded into the repository");
        assertTrue(d.assumptions().stream().anyMatch(x -> x.contains("GB stored") && x.contains("storage_gb")), d.assumptions().toString());
    }
}
