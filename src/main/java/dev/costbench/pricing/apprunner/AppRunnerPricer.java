package dev.costbench.pricing.apprunner;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.component.Quantity.Input;
import dev.costbench.pricing.component.Quantity.Named;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;
import dev.costbench.model.KeySize;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;

import java.util.List;

/**
 * An App Runner service (https://aws.amazon.com/apprunner/pricing/): while it serves requests its active instances bill
 * vCPU-hours and GB-hours; the rest of the month its provisioned instances bill their memory only (GB-hours); automatic
 * deployments add a flat fee per service a month. Sold On-Demand only: App Runner has no Spot and no reservations, and
 * Compute Savings Plans cover EC2, Fargate and Lambda, not App Runner (https://aws.amazon.com/savingsplans/compute-pricing/).
 * App Runner runs x86_64 only, so there is no Graviton twin.
 *
 * <p>Per hour, averaged over the month with {@code f} the active share: vCPU = active × vCPU × f; active memory =
 * active × GB × f; provisioned memory = GB × (provisioned × (1 − f) + max(provisioned − active, 0) × f), the provisioned
 * instances that are not serving while the service is active staying provisioned. With a load profile (each hour's
 * serving instances, 0 = idle) the week's hour-weighted averages replace those: vCPU = avg(serving) × vCPU; active
 * memory = avg(serving) × GB; provisioned memory = GB × avg(max(provisioned − serving, 0)).
 */
public final class AppRunnerPricer {
    private AppRunnerPricer() {}

    public static final String NO_SPOT = "App Runner has no Spot pricing";
    public static final String NO_RESERVED = "App Runner has no reservations";
    public static final String NO_PLANS = "Savings Plans do not cover App Runner (Compute Savings Plans cover EC2, Fargate and Lambda)";
    public static final String NO_TWIN = "App Runner runs x86_64 only: AWS offers no arm64 (Graviton) App Runner instances";
    private static final NotApplicable SPOT_NA = new NotApplicable(NO_SPOT);
    private static final NotApplicable RESERVED_NA = new NotApplicable(NO_RESERVED);
    private static final NotApplicable PLANS_NA = new NotApplicable(NO_PLANS);

    public static PricedBlock price(AppRunnerService s, RateBook rates) {
        Input vcpu = Input.number("vcpu", "vCPU per instance", "vCPU", "from the instance size " + s.size().fileName(), s.size().vcpu());
        Input gb = Input.number("memoryGb", "Memory per instance", "GB", "from the instance size " + s.size().fileName(), s.size().memoryGb());
        Input provisioned = Input.number("minInstances", "Provisioned instances", "instances", null, s.minInstances());
        Input active = Input.number("activeInstances", "Active instances", "instances", "on average while the service is active",
                s.activeInstances());
        Input share = Input.percent("activePercent", "Active hours", "share of the month the service serves requests", s.activePercent());
        Quantity idleShare = Quantity.sub(Quantity.Constant.of(1), share);

        Named activeVcpu, activeGb, provisionedGb;
        LoadHours load = LoadHours.of(s.loadProfile(), 0);
        String keySize = KeySize.of(s);
        if (load.profiled()) {
            // each hour's serving instances from the profile replace active instances × active share
            LoadLevels levels = LoadLevels.of(load, "instances", s.loadProfile().preset());
            Quantity serving = levels.average(levels::count);
            activeVcpu = Named.of("active_vcpu", "Active vCPU", "vCPU per hour", "the week's average serving instances × vCPU",
                    Quantity.mul(serving, vcpu));
            activeGb = Named.of("active_gb", "Active memory", "GB per hour", "the week's average serving instances × GB",
                    Quantity.mul(serving, gb));
            provisionedGb = Named.of("provisioned_gb", "Provisioned memory", "GB per hour",
                    "GB × the week's average of max(provisioned − serving, 0)", Quantity.mul(gb, levels.average(
                            i -> Quantity.max(Quantity.sub(provisioned, levels.count(i)), Quantity.Constant.of(0)))));
            keySize = keySize + " · profile " + load.rangeText() + " serving";
        } else {
            activeVcpu = Named.of("active_vcpu", "Active vCPU", "vCPU per hour", "active instances × vCPU × active share",
                    Quantity.mul(Quantity.mul(active, vcpu), share));
            activeGb = Named.of("active_gb", "Active memory", "GB per hour", "active instances × GB × active share",
                    Quantity.mul(Quantity.mul(active, gb), share));
            provisionedGb = Named.of("provisioned_gb", "Provisioned memory", "GB per hour",
                    "GB × (provisioned × idle share + max(provisioned − active, 0) × active share)",
                    Quantity.mul(gb, Quantity.add(Quantity.mul(provisioned, idleShare),
                            Quantity.mul(Quantity.max(Quantity.sub(provisioned, active), Quantity.Constant.of(0)), share))));
        }
        List<String> warnings = load.profiled() && load.max() > s.maxInstances()
                ? List.of("the load profile serves with " + load.max() + " instances at its peak, above the maximum " + s.maxInstances())
                : List.of();

        OptionLines out = new OptionLines(PurchaseOption.ON_DEMAND);
        hourly(out, rates.service(ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_ACTIVE_VCPU), "apprunner.active-vcpu",
                "Active instances: vCPU", activeVcpu, "vCPU", "App Runner active vCPU-hour", "per vCPU-hour");
        hourly(out, rates.service(ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_ACTIVE_GB), "apprunner.active-memory",
                "Active instances: memory", activeGb, "GB", "App Runner active GB-hour", "per GB-hour");
        hourly(out, rates.service(ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_PROVISIONED_GB), "apprunner.provisioned-memory",
                "Provisioned instances: memory while idle", provisionedGb, "GB", "App Runner provisioned GB-hour", "per GB-hour");
        if (s.deployments() == AppRunnerService.Deployments.AUTOMATIC) {
            CostLine fee = rates.service(ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_DEPLOYMENTS).monthlyLine(
                    "apprunner.automatic-deployments", "Automatic deployments", Quantity.Constant.of(1), "services",
                    "App Runner automatic deployments", "per service a month", true, out.gaps());
            if (fee != null) out.add(fee);
        }
        OptionCost onDemand = out.build();
        return new PricedBlock(keySize, PricedBlock.eachOption(o -> switch (o) {
            case PurchaseOption.OnDemand d -> onDemand;
            case PurchaseOption.Spot sp -> SPOT_NA.of(o);
            case PurchaseOption.Reserved r -> RESERVED_NA.of(o);
            case PurchaseOption.SavingsPlan p -> PLANS_NA.of(o);
        }), warnings);
    }

    private static void hourly(OptionLines out, ServiceDimension rate, String code, String description, Named quantity,
                               String unit, String rateName, String perUnit) {
        // a service never active needs no vCPU rate
        CostLine line = rate.hourlyLine(code, description, quantity, unit, rateName, perUnit, out.gaps());
        if (line != null) out.add(line);
    }
}
