package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.purchase.Term;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.from0;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** A Lambda function's fields. */
final class LambdaSpec {
    private LambdaSpec() {}

    static KindSpec spec() {
        Class<LambdaFunction> l = LambdaFunction.class;
        return new KindSpec(BlockKind.LAMBDA, List.of(
                field("memoryMb", "Memory (MB)", "Memory given to the function; CPU grows with it", "MB",
                        whole(AwsLimits.LAMBDA_MIN_MB, AwsLimits.LAMBDA_MAX_MB), AwsLimits.LAMBDA_MIN_MB, of(l, f -> (long) f.memoryMb())),
                field("architecture", "Architecture", "x86_64, or arm64 (Graviton)", null, Common.ARCHITECTURE,
                        Common.ARCHITECTURE.names().getFirst(), of(l, f -> f.architecture().awsName())),
                field("requestsPerMonth", "Requests / month", "Invocations per month", "requests a month",
                        whole(0, AwsLimits.REQUESTS_PER_MONTH), 0L, of(l, LambdaFunction::requestsPerMonth)),
                field("avgDurationMs", "Average duration (ms)", "Billed duration per invocation", "ms",
                        from0(AwsLimits.LAMBDA_MAX_DURATION_MS), BigDecimal.ZERO, of(l, LambdaFunction::avgDurationMs)),
                field("ephemeralStorageMb", "Ephemeral storage (MB)", "512 MB are included; more is billed per GB-second", "MB",
                        whole(AwsLimits.LAMBDA_MIN_EPHEMERAL_MB, AwsLimits.LAMBDA_MAX_MB), (long) LambdaFunction.INCLUDED_EPHEMERAL_MB,
                        of(l, f -> (long) f.ephemeralStorageMb())),
                field("provisionedConcurrency", "Provisioned concurrency", "Execution environments kept warm", "concurrent executions",
                        whole(0, AwsLimits.TASKS), 0L, of(l, f -> (long) f.provisionedConcurrency())),
                field("provisionedHoursPerMonth", "Provisioned hours / month",
                        "Hours a month the concurrency is kept warm; a whole month (" + Term.HOURS_PER_MONTH + " hours) when empty", "hours",
                        from0(AwsLimits.HOURS_IN_LONGEST_MONTH), "none: the whole month (" + Term.HOURS_PER_MONTH + " hours)", null, of(l, LambdaFunction::provisionedHoursPerMonth)),
                Fields.loadProfile(of(l, f -> Fields.written(f.loadProfile())))),
                (id, type) -> LambdaFunction.of(id, "Function", 512, 1_000_000, new BigDecimal("100")),
                "lambda");
    }
}
