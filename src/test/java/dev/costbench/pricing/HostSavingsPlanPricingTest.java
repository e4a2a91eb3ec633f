package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.catalog.importer.ImportMonitor;
import dev.costbench.catalog.importer.PriceImporter;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.Scenario;
import dev.costbench.model.Tenancy;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Savings Plans on Dedicated Hosts. AWS's rule: Savings Plans apply to Dedicated Host usage (EC2 User Guide, Dedicated
 * Hosts, "Pricing and billing" → "Savings Plans"), at the plan's rate per host-hour of the family, which the Savings Plans
 * offer file lists as {@code <prefix>-HostUsage:<family>}. Rates from hostsavingsplans/… (made up in AWS's
 * AWSComputeSavingsPlan format, labelled so in the file) and, for eu-west-1's On-Demand host rate, the host reservation
 * fixture (c3 $2.103 a host-hour).
 */
class HostSavingsPlanPricingTest {
    private static final Path ROOT = Path.of(System.getProperty("costbench.project.dir", "."), "src/test/resources/importer");
    private static final Path SP = ROOT.resolve("hostsavingsplans/savingsPlan/v1.0/aws/AWSComputeSavingsPlan/20250301120000");
    private static final PriceCatalog CATALOG = new PriceImporter(Set.of(), ImportMonitor.SILENT).apply(CatalogLoader.bundled(), List.of(
            ROOT.resolve("hostreservation/offers/v1.0/aws/AmazonEC2/20250301120000/eu-west-1/index.csv"),
            SP.resolve("eu-west-1/index.json"), SP.resolve("us-east-1/index.json"))).catalog();

    private static PurchaseOption plan(SavingsPlanType type, Term t, Payment p) { return PurchaseOption.of(new SavingsPlanKey(type, t, p)); }

    private static BlockCost hosts(String region, String type, int instances, int ebsGb) {
        Ec2Instances fleet = new Ec2Instances("db", "db", 0, 0, null, type, instances, ebsGb, null, Tenancy.HOST, Map.of());
        return new PricingEngine(CATALOG).price(new Scenario("hosts", region, List.of(fleet), List.of(), PurchaseOption.ON_DEMAND, false))
                .blocks().getFirst();
    }

    @Test
    void theImporterKeepsTheHostRowsAsTheFamilysHostRateUnderEachPlan() {
        var compute1y = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT);
        assertExactly("1.60", CATALOG.serviceSavingsPlan("eu-west-1", ServiceRates.EC2_HOST, "c3", compute1y).orElseThrow().usd());
        assertExactly("1.30", CATALOG.serviceSavingsPlan("eu-west-1", ServiceRates.EC2_HOST, "c3",
                new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.ONE_YEAR, Payment.PARTIAL_UPFRONT)).orElseThrow().usd());
        // us-east-1's usage types have no region prefix: "HostUsage:m5"
        assertExactly("3.50", CATALOG.serviceSavingsPlan("us-east-1", ServiceRates.EC2_HOST, "m5", compute1y).orElseThrow().usd());
        // the instance row beside the host row is still an instance rate, not a host one
        assertTrue(CATALOG.serviceSavingsPlan("eu-west-1", ServiceRates.EC2_HOST, "c3.2xlarge", compute1y).isEmpty());
    }

    @Test
    void hostsUnderASavingsPlanInEuWest1() {
        // 10 × c3.2xlarge (8 vCPU) on c3 hosts of 32 vCPU (c3.8xlarge): 4 a host, ceil(10 ÷ 4) = 3 hosts; EBS 10 × 20 GB × $0.088 = 17.60
        BlockCost b = hosts("eu-west-1", "c3.2xlarge", 10, 20);
        // On-Demand for comparison: 3 × 2.103 × 730 = 4,605.57 + 17.60                                  4,623.17
        assertExactly("4623.17", option(b, PurchaseOption.ON_DEMAND).monthlyEffective());
        // Compute 1y No Upfront: 3 × 1.60 × 730 = 3,504.00 + 17.60                                        3,521.60
        OptionCost compute = option(b, plan(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT));
        assertExactly("3", line(compute, "ec2.hosts.sp").quantity());
        assertExactly("3504", line(compute, "ec2.hosts.sp").monthly());
        assertExactly("3521.6", compute.monthlyEffective());
        // EC2 Instance c3 1y Partial Upfront at 1.30: half paid as used, 3 × 0.65 × 730 = 1,423.50 a month; half prepaid,
        // 3 × 0.65 × 8,760 = 17,082 once, spread 1,423.50 a month; 2,847.00 + 17.60                       2,864.60
        OptionCost partial = option(b, plan(SavingsPlanType.EC2_INSTANCE, Term.ONE_YEAR, Payment.PARTIAL_UPFRONT));
        assertExactly("1423.5", line(partial, "ec2.hosts.sp").monthly());
        assertExactly("1423.5", line(partial, "ec2.hosts.sp.upfront").monthly());
        assertExactly("17082", partial.upfront());
        assertExactly("2864.6", partial.monthlyEffective());
        // Compute 3y All Upfront at 1.05: 3 × 1.05 × 26,280 = 82,782 once, 3 × 1.05 × 730 = 2,299.50 a month; + 17.60  2,317.10
        OptionCost allUpfront = option(b, plan(SavingsPlanType.COMPUTE, Term.THREE_YEAR, Payment.ALL_UPFRONT));
        assertExactly("82782", allUpfront.upfront());
        assertExactly("2317.1", allUpfront.monthlyEffective());
        assertTrue(allUpfront.lines().stream().noneMatch(l -> l.component().equals("ec2.hosts.sp")), "all upfront: nothing paid as used");
    }

    @Test
    void hostsUnderASavingsPlanInUsEast1AndAPlanWithoutAHostRateIsMissingNeverZero() {
        // 30 × m5.xlarge (4 vCPU) on m5 hosts of 96 vCPU (m5.24xlarge): 24 a host, ceil(30 ÷ 24) = 2 hosts, no EBS
        BlockCost b = hosts("us-east-1", "m5.xlarge", 30, 0);
        // Compute 1y No Upfront: 2 × 3.50 × 730 = 5,110.00
        assertExactly("5110", option(b, plan(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.NO_UPFRONT)).monthlyEffective());
        // EC2 Instance m5 3y No Upfront: 2 × 2.90 × 730 = 4,234.00
        assertExactly("4234", option(b, plan(SavingsPlanType.EC2_INSTANCE, Term.THREE_YEAR, Payment.NO_UPFRONT)).monthlyEffective());
        // a plan the file has no host row for: missing, with what is missing
        OptionCost absent = option(b, plan(SavingsPlanType.COMPUTE, Term.ONE_YEAR, Payment.PARTIAL_UPFRONT));
        assertEquals(OptionCost.Status.MISSING, absent.status());
        String why = absent.missing().getFirst().describe();
        assertTrue(why.contains("dedicated host m5") && why.endsWith("in us-east-1"), why);
    }
}
