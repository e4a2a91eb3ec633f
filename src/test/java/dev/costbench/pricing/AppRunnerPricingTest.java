package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.apprunner.AppRunnerPricer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.pricing.Pricing.assertCents;
import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static dev.costbench.pricing.Pricing.option;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * App Runner against the shipped catalog. Rates from https://aws.amazon.com/apprunner/pricing/: active $0.064 per
 * vCPU-hour and $0.007 per GB-hour, provisioned $0.007 per GB-hour in us-east-1, us-east-2, us-west-2 and eu-west-1;
 * Tokyo $0.009 per GB-hour; automatic deployments $1 per service a month. 730 hours a month.
 */
class AppRunnerPricingTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    private static BlockCost price(String region, Block block) {
        return ENGINE.price(new Scenario("app runner", region, List.of(block), List.of(), PurchaseOption.ON_DEMAND, false))
                .blocks().get(0);
    }

    private static AppRunnerService service(AppRunnerService.Size size, int min, int max, String active, int percent,
                                            AppRunnerService.Deployments deployments) {
        return new AppRunnerService("api", "api", 0, 0, null, size, min, max, new BigDecimal(active), percent, deployments);
    }

    @Test
    void usEast1ActiveHalfTheMonthWithAutomaticDeployments() {
        // 1 vCPU / 2 GB, 1 provisioned, 2 active on average for 50% of the month, automatic deployments:
        // active vCPU  2 × 1 × 0.5 = 1 vCPU an hour     × 0.064 × 730 = 46.72
        // active GB    2 × 2 × 0.5 = 2 GB an hour       × 0.007 × 730 = 10.22
        // provisioned  2 × (1 × 0.5 + max(1 − 2, 0) × 0.5) = 1 GB an hour × 0.007 × 730 = 5.11
        // deployments  1 × $1 = 1                               total 63.05
        BlockCost b = price("us-east-1", service(AppRunnerService.Size.V1_GB2, 1, 5, "2", 50, AppRunnerService.Deployments.AUTOMATIC));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1", line(od, "apprunner.active-vcpu").quantity());
        assertExactly("46.72", line(od, "apprunner.active-vcpu").monthly());
        assertExactly("2", line(od, "apprunner.active-memory").quantity());
        assertExactly("10.22", line(od, "apprunner.active-memory").monthly());
        assertExactly("1", line(od, "apprunner.provisioned-memory").quantity());
        assertExactly("5.11", line(od, "apprunner.provisioned-memory").monthly());
        assertExactly("1", line(od, "apprunner.automatic-deployments").monthly());
        assertExactly("63.05", od.monthlyEffective());
        assertTrue(line(od, "apprunner.active-vcpu").hasRule(), "the workbook writes the line from its rule");
    }

    @Test
    void provisionedInstancesNotServingStayProvisionedWhileActive() {
        // 0.25 vCPU / 0.5 GB, 3 provisioned, 1 active for 25% of the month, manual deployments (no fee):
        // active vCPU  1 × 0.25 × 0.25 = 0.0625 × 0.064 × 730 = 2.92
        // active GB    1 × 0.5 × 0.25 = 0.125  × 0.007 × 730 = 0.63875
        // provisioned  0.5 × (3 × 0.75 + (3 − 1) × 0.25) = 0.5 × 2.75 = 1.375 × 0.007 × 730 = 7.02625
        //                                                            total 10.585, $10.59
        BlockCost b = price("us-east-1", service(AppRunnerService.Size.V025_GB05, 3, 10, "1", 25, AppRunnerService.Deployments.MANUAL));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("1.375", line(od, "apprunner.provisioned-memory").quantity());
        assertExactly("10.585", od.monthlyEffective());
        assertCents("10.59", od.monthlyEffective());
        assertFalse(od.lines().stream().anyMatch(l -> l.component().equals("apprunner.automatic-deployments")));
    }

    @Test
    void euWest1SharesUsEast1sRates() {
        // eu-west-1 is in the page's footnote with us-east-1: 2 vCPU / 4 GB, 2 provisioned, 4 active, always active:
        // vCPU 4 × 2 × 1 = 8 × 0.064 × 730 = 373.76; active GB 4 × 4 = 16 × 0.007 × 730 = 81.76;
        // provisioned 4 × (2 × 0 + max(2 − 4, 0) × 1) = 0; deployments 1   total 456.52
        BlockCost b = price("eu-west-1", service(AppRunnerService.Size.V2_GB4, 2, 5, "4", 100, AppRunnerService.Deployments.AUTOMATIC));
        OptionCost od = option(b, PurchaseOption.ON_DEMAND);
        assertExactly("456.52", od.monthlyEffective());
    }

    @Test
    void tokyoBillsMemoryAtItsOwnRateAndLacksAPublishedVcpuRate() {
        // ap-northeast-1: the page gives $0.009 per GB-hour; its vCPU-hour is not in what was read, so it is missing.
        // A service never active needs no vCPU rate: 1 provisioned 1 vCPU / 2 GB, 0% active:
        // provisioned 2 × 1 × 1 = 2 GB × 0.009 × 730 = 13.14
        BlockCost idle = price("ap-northeast-1", service(AppRunnerService.Size.V1_GB2, 1, 1, "0", 0, AppRunnerService.Deployments.MANUAL));
        assertExactly("13.14", option(idle, PurchaseOption.ON_DEMAND).monthlyEffective());
        // active some of the month it needs the vCPU rate: missing, never $0
        BlockCost busy = price("ap-northeast-1", service(AppRunnerService.Size.V1_GB2, 1, 1, "1", 50, AppRunnerService.Deployments.MANUAL));
        assertEquals(OptionCost.Status.MISSING, option(busy, PurchaseOption.ON_DEMAND).status());
    }

    @Test
    void aRegionTheCatalogHasNoAppRunnerRatesForIsMissing() {
        // eu-central-1 is not on the App Runner page as read: every rate is missing
        BlockCost b = price("eu-central-1", service(AppRunnerService.Size.V1_GB2, 1, 5, "1", 50, AppRunnerService.Deployments.MANUAL));
        assertEquals(OptionCost.Status.MISSING, option(b, PurchaseOption.ON_DEMAND).status());
    }

    @Test
    void onlyOnDemandAppliesAndThereIsNoGravitonTwin() {
        BlockCost b = price("us-east-1", service(AppRunnerService.Size.V1_GB2, 1, 5, "1", 50, AppRunnerService.Deployments.MANUAL));
        OptionCost plan = option(b, PurchaseOption.parse("savings-plan/compute/1y/no-upfront"));
        assertEquals(OptionCost.Status.NOT_APPLICABLE, plan.status());
        assertEquals(AppRunnerPricer.NO_PLANS, plan.reason());
        assertEquals(OptionCost.Status.NOT_APPLICABLE, option(b, PurchaseOption.SPOT).status());
        assertEquals("1–5 × 1 vCPU/2 GB · 50% active", b.keySize());
    }
}
