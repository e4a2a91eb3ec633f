package dev.costbench.model.spec;

import dev.costbench.model.AppRunnerService;
import dev.costbench.model.BlockKind;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.model.spec.Fields.choice;
import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.from0;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** An App Runner service's fields. */
final class AppRunnerServiceSpec {
    private AppRunnerServiceSpec() {}

    static KindSpec spec() {
        Class<AppRunnerService> a = AppRunnerService.class;
        return new KindSpec(BlockKind.APP_RUNNER, List.of(
                field("size", "Instance size", "vCPU and memory of each container instance (App Runner's configurations)", null,
                        choice(AppRunnerService.Size.values(), AppRunnerService.Size::fileName, AppRunnerService.Size::label),
                        AppRunnerService.Size.V1_GB2.fileName(), of(a, s -> s.size().fileName())),
                field("minInstances", "Provisioned instances", "Instances kept provisioned all month (the minimum size); their memory is billed while idle",
                        "instances", whole(AwsLimits.APP_RUNNER_MIN_SIZE, AwsLimits.APP_RUNNER_MAX_SIZE), 1L, of(a, s -> (long) s.minInstances())),
                field("maxInstances", "Maximum instances", "The most instances App Runner scales to while serving", "instances",
                        whole(AwsLimits.APP_RUNNER_MIN_SIZE, AwsLimits.APP_RUNNER_MAX_SIZE), AwsLimits.APP_RUNNER_MAX_SIZE, of(a, s -> (long) s.maxInstances())),
                field("activeInstances", "Active instances", "Instances serving requests, on average, while the service is active; at most the maximum",
                        "instances", from0(BigDecimal.valueOf(AwsLimits.APP_RUNNER_MAX_SIZE)), BigDecimal.ONE, of(a, AppRunnerService::activeInstances)),
                field("activePercent", "Active hours", "Share of the month's hours the service serves requests", "%",
                        whole(0, 100), 100L, of(a, s -> (long) s.activePercent())),
                field("deployments", "Deployments", "Automatic deployments bill a flat fee per service a month", null,
                        choice(AppRunnerService.Deployments.values(), AppRunnerService.Deployments::fileName,
                                d -> d == AppRunnerService.Deployments.AUTOMATIC ? "Automatic" : "Manual"),
                        AppRunnerService.Deployments.MANUAL.fileName(), of(a, s -> s.deployments().fileName())),
                // each hour's instances serving requests (0 = idle); when set it replaces activeInstances and activePercent
                Fields.loadProfile(of(a, s -> Fields.written(s.loadProfile())))),
                (id, type) -> AppRunnerService.of(id, "App Runner service", AppRunnerService.Size.V1_GB2, 1, 5,
                        BigDecimal.ONE, 50),
                "app-runner");
    }
}
