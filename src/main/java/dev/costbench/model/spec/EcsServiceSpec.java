package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.model.Tenancy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.costbench.model.spec.Fields.above0;
import static dev.costbench.model.spec.Fields.choice;
import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** An ECS service's fields, and those of one entry of its capacity provider strategy. */
final class EcsServiceSpec {
    private EcsServiceSpec() {}

    /** One entry of {@code capacityProviders}: which provider, its base and its weight. */
    static final List<FieldSpec> PROVIDER = List.of(
            field("provider", "Capacity provider", "FARGATE or FARGATE_SPOT", null,
                    new ValueType.Choice(List.of(new ValueType.Option(CapacityProviderShare.FARGATE, "FARGATE"),
                            new ValueType.Option(CapacityProviderShare.FARGATE_SPOT, "FARGATE_SPOT"))),
                    CapacityProviderShare.FARGATE, b -> null),
            field("base", "base", "Tasks placed on this provider before weights apply", "tasks",
                    whole(0, AwsLimits.PROVIDER_BASE), 0L, b -> null),
            field("weight", "weight", "Relative share of the remaining tasks on this provider", null,
                    whole(0, AwsLimits.PROVIDER_WEIGHT), 1L, b -> null));

    static KindSpec spec() {
        Class<EcsService> e = EcsService.class;
        List<FieldSpec> fields = new ArrayList<>(List.of(
                field("launchType", "Launch type", "Fargate tasks, or tasks packed onto EC2 instances", null,
                        choice(EcsService.LaunchType.values(), EcsService.LaunchType::fileName,
                                t -> t == EcsService.LaunchType.FARGATE ? "Fargate" : "EC2"),
                        EcsService.LaunchType.FARGATE.fileName(), of(e, s -> s.launchType().fileName())),
                field("instanceType", "Instance type", "EC2 instance type the tasks are packed onto (EC2 launch type)", null,
                        new ValueType.InstanceType(false, false), "required with `ec2`", null, of(e, EcsService::instanceType)),
                field("cpu", "Task CPU (vCPU)", "vCPU per task; on Fargate one of Fargate's sizes", "vCPU",
                        above0(AwsLimits.ECS_TASK_VCPU), new BigDecimal("0.25"), of(e, EcsService::cpu)),
                field("memoryGb", "Task memory (GB)", "Memory per task; on Fargate a size Fargate accepts with the task's CPU", "GB",
                        above0(AwsLimits.INSTANCE_GB), new BigDecimal("0.5"), of(e, EcsService::memoryGb)),
                field("tasks", "Tasks", "Tasks normally running", "tasks", whole(0, AwsLimits.TASKS), 1L, of(e, s -> (long) s.tasks())),
                field("ephemeralStorageGb", "Ephemeral storage (GB)", "Fargate task storage; 20 GB are included, more is "
                                + "billed per GB-hour", "GB", whole(AwsLimits.FARGATE_MIN_EPHEMERAL_GB, AwsLimits.FARGATE_MAX_EPHEMERAL_GB),
                        (long) EcsService.INCLUDED_EPHEMERAL_GB,
                        of(e, s -> s.ephemeralStorageGb() == EcsService.INCLUDED_EPHEMERAL_GB ? null : (long) s.ephemeralStorageGb())),
                field("architecture", "Architecture", "x86_64, or arm64 (Graviton) tasks", null, Common.ARCHITECTURE,
                        Common.ARCHITECTURE.names().getFirst(), of(e, s -> s.architecture().awsName())),
                field("capacityProviders", "Capacity providers", "Fargate capacity provider strategy: entries of "
                                + "{provider, base, weight}; every task on FARGATE when empty", null,
                        new ValueType.Nested("list of {provider, base, weight}"), null,
                        of(e, s -> s.capacityProviders().isEmpty() ? null : s.capacityProviders())),
                Fields.gravitonType(of(e, EcsService::gravitonType)),
                Fields.loadProfile(of(e, s -> Fields.written(s.loadProfile())))));
        // the EC2 instances' gp3 volume (launch type ec2; Fargate tasks have ephemeral storage instead)
        fields.addAll(Fields.ebsVolume(b -> ((EcsService) b).ebs()));
        // the EC2 instances' tenancy (launch type ec2 only)
        fields.add(Fields.tenancy(b -> ((EcsService) b).tenancy())
                .when("launchType", EcsService.LaunchType.FARGATE.fileName(), List.of(Tenancy.DEFAULT.fileName()), Fields.FARGATE_HAS_NO_TENANCY));
        return new KindSpec(BlockKind.ECS_SERVICE, List.copyOf(fields),
                (id, type) -> EcsService.fargate(id, "API service", new BigDecimal("0.5"), BigDecimal.ONE, 2),
                "ecs-service");
    }
}
