package dev.costbench.project;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.Block;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.PricingEngine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped example on Dedicated Instances reads and prices as hand-worked, beside its shared twin scenario. */
class LicensedWorkloadsExampleTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    private static List<Scenario> scenarios() {
        return ProjectFile.read(Path.of(System.getProperty("costbench.project.dir", "."), "examples/licensed-workloads.costbench.json")).scenarios();
    }

    @Test
    void theDedicatedScenarioPricesItsDedicatedInstancesAndTheRegionFeeOnceAsHandWorked() {
        Scenario s = scenarios().getFirst();
        assertEquals("us-east-1", s.region());
        for (Block b : s.blocks())
            if (b instanceof Ec2Instances i) assertEquals(Tenancy.DEDICATED, i.tenancy(), i.name());
        CostReport r = ENGINE.price(s);
        // us-east-1 (https://aws.amazon.com/ec2/pricing/dedicated-instances/, https://aws.amazon.com/ec2/pricing/on-demand/,
        // https://aws.amazon.com/ebs/pricing/), 730 h a month, gp3 $0.08/GB-month:
        // Licensed app servers: AWS publishes no Dedicated m5.xlarge rate in the shipped catalog, so the shared $0.192 × 1.1
        // = $0.2112 (estimated) × 4 × 730 = 616.704; EBS 4 × 50 GB × 0.08 = 16.00; the first dedicated block pays the
        // per-region fee $2 × 730 = 1,460.00                                                            2,092.704
        OptionCost app = onDemand(r, "app");
        assertEquals(0, new BigDecimal("2092.704").compareTo(app.monthlyEffective()), app.monthlyEffective().toPlainString());
        assertEquals(dev.costbench.catalog.Basis.ESTIMATED, app.basis(), "the Dedicated m5.xlarge rate is estimated from the shared one");
        // In-memory database: AWS's Dedicated x2iedn.32xlarge $29.344 × 730 = 21,421.12; EBS 500 × 0.08 = 40; no second fee
        OptionCost db = onDemand(r, "db");
        assertEquals(0, new BigDecimal("21461.12").compareTo(db.monthlyEffective()), db.monthlyEffective().toPlainString());
        assertEquals(dev.costbench.catalog.Basis.PUBLISHED, db.basis(), "a published Dedicated rate");
        // Web tier stays shared: 2 × m5.large $0.096 × 730 = 140.16; EBS 2 × 20 × 0.08 = 3.20                143.36
        assertEquals(0, new BigDecimal("143.36").compareTo(onDemand(r, "web").monthlyEffective()));
        // 2,092.704 + 21,461.12 + 143.36 = 23,697.184; the two connections stay in one zone and carry no GB
        assertEquals(0, new BigDecimal("23697.184").compareTo(r.chosenMonthly()), r.chosenMonthly().toPlainString());
    }

    @Test
    void theSharedScenarioIsTheSameDesignOnSharedHardwareAndShowsWhatDedicatedCosts() {
        Scenario shared = scenarios().get(1);
        for (Block b : shared.blocks())
            if (b instanceof Ec2Instances i) assertEquals(Tenancy.DEFAULT, i.tenancy(), i.name());
        CostReport r = ENGINE.price(shared);
        // app 4 × 0.192 × 730 = 560.64 + 16 = 576.64; db 26.676 × 730 = 19,473.48 + 40 = 19,513.48; web 143.36: 20,233.48,
        // so dedicated tenancy costs 23,697.184 − 20,233.48 = 3,463.704 a month here
        assertEquals(0, new BigDecimal("576.64").compareTo(onDemand(r, "app").monthlyEffective()));
        assertEquals(0, new BigDecimal("19513.48").compareTo(onDemand(r, "db").monthlyEffective()));
        assertEquals(0, new BigDecimal("20233.48").compareTo(r.chosenMonthly()), r.chosenMonthly().toPlainString());
        assertEquals(0, new BigDecimal("3463.704").compareTo(ENGINE.price(scenarios().getFirst()).chosenMonthly().subtract(r.chosenMonthly())));
    }

    private static OptionCost onDemand(CostReport r, String id) {
        BlockCost b = r.blocks().stream().filter(x -> x.blockId().equals(id)).findFirst().orElseThrow();
        return b.option(PurchaseOption.ON_DEMAND);
    }
}
