package dev.costbench.pricing;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.load.SteadyLoad;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.costbench.pricing.Pricing.assertExactly;
import static dev.costbench.pricing.Pricing.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An App Runner service with a load profile (instances serving in each hour of the week, 0 = idle) against the shipped
 * catalog: $0.064 per vCPU-hour and $0.007 per GB-hour active and provisioned in us-east-1 and eu-west-1
 * (https://aws.amazon.com/apprunner/pricing/), 730 hours a month.
 */
class AppRunnerLoadProfileTest {
    private static final PricingEngine ENGINE = new PricingEngine(CatalogLoader.bundled());

    /** {@code busy} instances serving 12 hours a day, idle the other 12: 84 hours of each a week. */
    private static LoadProfile halfDays(int busy) {
        List<Double> hours = new ArrayList<>();
        for (int h = 0; h < LoadProfile.HOURS_PER_WEEK; h++) hours.add(h % 24 < 12 ? (double) busy : 0.0);
        return new LoadProfile("custom", hours);
    }

    private static AppRunnerService service(int provisioned, LoadProfile profile) {
        return new AppRunnerService("api", "api", 0, 0, null, AppRunnerService.Size.V1_GB2, provisioned, 5, BigDecimal.ONE, 100,
                AppRunnerService.Deployments.MANUAL, profile, Map.of());
    }

    private static BlockCost price(String region, AppRunnerService s) {
        return ENGINE.price(new Scenario("ar", region, List.of(s), List.of(), PurchaseOption.ON_DEMAND, false)).blocks().get(0);
    }

    @Test
    void theProfilesServingHoursBillActiveAndItsIdleHoursProvisioned() {
        // 1 vCPU / 2 GB, 1 provisioned; 3 serving 84 h and 0 for 84 h a week: average serving 1.5
        // vCPU 1.5 × 1 × 0.064 × 730 = 70.08; active GB 1.5 × 2 × 0.007 × 730 = 15.33;
        // provisioned: max(1 − 3, 0) = 0 busy, 1 idle → average 0.5 × 2 GB × 0.007 × 730 = 5.11       total 90.52
        OptionCost od = price("us-east-1", service(1, halfDays(3))).option(PurchaseOption.ON_DEMAND);
        assertExactly("70.08", line(od, "apprunner.active-vcpu").monthly());
        assertExactly("15.33", line(od, "apprunner.active-memory").monthly());
        assertExactly("5.11", line(od, "apprunner.provisioned-memory").monthly());
        assertExactly("90.52", od.monthlyEffective());
        // the same as 3 active instances half the month without a profile: the profile replaces those two fields
        AppRunnerService flat = service(1, LoadProfile.NONE).withActive(BigDecimal.valueOf(3), 50);
        assertExactly("90.52", price("us-east-1", flat).option(PurchaseOption.ON_DEMAND).monthlyEffective());
    }

    @Test
    void provisionedInstancesNotServingStayProvisionedInEuWest1() {
        // 2 provisioned, 1 serving 84 h, 0 for 84 h: vCPU 0.5 × 0.064 × 730 = 23.36; active GB 0.5 × 2 × 0.007 × 730 = 5.11;
        // provisioned average (1 × 84 + 2 × 84) ÷ 168 = 1.5 × 2 GB × 0.007 × 730 = 15.33                 total 43.80
        BlockCost b = price("eu-west-1", service(2, halfDays(1)));
        assertExactly("43.8", b.option(PurchaseOption.ON_DEMAND).monthlyEffective());
        // the range is the quietest hour (0 serving: 2 × 2 GB provisioned = 20.44) and the busiest (1 serving:
        // 46.72 + 10.22 + 1 idle × 2 GB 10.22 = 67.16) held all month
        assertExactly("20.44", b.range().min());
        assertExactly("67.16", b.range().max());
    }

    @Test
    void aPeakAboveTheMaximumIsWarned() {
        AppRunnerService s = service(1, halfDays(8));
        assertTrue(SteadyLoad.profiled(s));
        CostReport r = ENGINE.price(new Scenario("ar", "us-east-1", List.of(s), List.of(), PurchaseOption.ON_DEMAND, false));
        assertEquals(List.of("api: the load profile serves with 8 instances at its peak, above the maximum 5"), r.warnings());
    }
}
