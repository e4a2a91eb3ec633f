package dev.costbench.export;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Block;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.project.ProjectFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The shipped catalog and example designs, priced by the real engine, for end-to-end export tests. */
final class Designs {
    static final PriceCatalog CATALOG = CatalogLoader.bundled();
    static final PricingEngine ENGINE = new PricingEngine(CATALOG);

    private Designs() {}

    static Project webShop() { return example("web-shop"); }

    static Project example(String name) {
        return ProjectFile.read(Path.of(System.getProperty("costbench.project.dir", "."), "examples", name + ".costbench.json"));
    }

    /**
     * The web shop plus a second scenario that buys its blocks under several commitments, with the Lambda free
     * tier on: web on a 1-year partial-upfront Reserved Instance, the node group on a 3-year all-upfront Compute
     * Savings Plan, the Fargate service on a 1-year no-upfront Compute Savings Plan, the function on a 3-year
     * partial-upfront Compute Savings Plan, and the load balancer asked for a Reserved Instance it cannot have.
     */
    static Project webShopWithCommitments() {
        Project p = webShop();
        Scenario base = p.scenarios().getFirst();
        Map<String, PurchaseOption> options = Map.of(
                "web", PurchaseOption.parse("reserved/1y/standard/partial-upfront"),
                "nodes", PurchaseOption.parse("savings-plan/compute/3y/all-upfront"),
                "api", PurchaseOption.parse("savings-plan/compute/1y/no-upfront"),
                "thumbs", PurchaseOption.parse("savings-plan/compute/3y/partial-upfront"),
                "edge", PurchaseOption.parse("reserved/1y/standard/no-upfront"));
        List<Block> blocks = new ArrayList<>();
        for (Block b : base.blocks()) blocks.add(options.containsKey(b.id()) ? b.withPurchaseOption(options.get(b.id())) : b);
        Scenario committed = base.withName("Committed").withBlocks(blocks).withLambdaFreeTier(true);
        return p.withScenarios(List.of(base, committed));
    }

    static ExportRequest priced(Project p) { return ExportRequest.of(p, ENGINE, null); }

    /** Bahrain (me-south-1): the ALB is priced (estimated), the Lambda has no rates in the catalog. */
    static final String BAHRAIN = """
            {"schemaVersion": 1, "name": "Bahrain", "scenarios": [{"name": "Base", "region": "me-south-1",
             "purchaseOption": "on-demand", "blocks": [
             {"id": "edge", "kind": "load-balancer", "name": "Edge", "type": "alb", "newConnectionsPerSec": 50,
              "activeConnectionsPerMin": 3000, "processedGbPerHour": 2, "ruleEvaluationsPerSec": 100, "x": 0, "y": 0},
             {"id": "fn", "kind": "lambda", "name": "Thumbs", "memoryMb": 512, "architecture": "x86_64",
              "requestsPerMonth": 10000000, "avgDurationMs": 200, "x": 200, "y": 0}], "connections": []}]}
            """;
}
