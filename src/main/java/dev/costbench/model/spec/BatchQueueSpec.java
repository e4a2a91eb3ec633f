package dev.costbench.model.spec;

import dev.costbench.model.Architecture;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Tenancy;
import dev.costbench.model.EcsService;
import dev.costbench.model.BlockKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.costbench.model.spec.Fields.above0;
import static dev.costbench.model.spec.Fields.choice;
import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.from0;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** An AWS Batch queue's fields. */
final class BatchQueueSpec {
    private BatchQueueSpec() {}

    static KindSpec spec() {
        Class<BatchQueue> q = BatchQueue.class;
        List<FieldSpec> fields = new ArrayList<>(List.of(
                field("compute", "Compute environment", "EC2 or Fargate, On-Demand or Spot", null,
                        choice(BatchQueue.Compute.values(), BatchQueue.Compute::fileName, c -> switch (c) {
                            case EC2 -> "EC2";
                            case EC2_SPOT -> "EC2 Spot";
                            case FARGATE -> "Fargate";
                            case FARGATE_SPOT -> "Fargate Spot";
                        }), BatchQueue.Compute.EC2.fileName(), of(q, b -> b.compute().fileName())),
                field("instanceType", "Instance type", "EC2 instance type jobs are packed onto (EC2 compute)", null,
                        new ValueType.InstanceType(false, false), "required with `ec2` and `ec2-spot`", null, of(q, BatchQueue::instanceType)),
                field("jobsPerMonth", "Jobs / month", "Jobs run in a month", "jobs a month",
                        whole(0, AwsLimits.JOBS_PER_MONTH), 0L, of(q, BatchQueue::jobsPerMonth)),
                field("vcpuPerJob", "vCPU per job", "vCPU each job requests", "vCPU",
                        above0(AwsLimits.INSTANCE_VCPU), BigDecimal.ONE, of(q, BatchQueue::vcpuPerJob)),
                field("memoryGbPerJob", "Memory per job (GB)", "Memory each job requests", "GB",
                        above0(AwsLimits.INSTANCE_GB), BigDecimal.valueOf(2), of(q, BatchQueue::memoryGbPerJob)),
                field("avgJobMinutes", "Average job minutes", "How long a job runs", "minutes",
                        from0(AwsLimits.MINUTES_IN_LONGEST_MONTH), BigDecimal.ZERO, of(q, BatchQueue::avgJobMinutes)),
                field("ephemeralStorageGb", "Ephemeral storage (GB)", "Fargate job storage; 20 GB are included, more is "
                                + "billed per GB-hour (Fargate compute)", "GB", whole(AwsLimits.FARGATE_MIN_EPHEMERAL_GB, AwsLimits.FARGATE_MAX_EPHEMERAL_GB),
                        (long) EcsService.INCLUDED_EPHEMERAL_GB,
                        of(q, b -> b.ephemeralStorageGb() == EcsService.INCLUDED_EPHEMERAL_GB ? null : (long) b.ephemeralStorageGb())),
                field("architecture", "Architecture", "x86_64, or arm64 (Graviton) (Fargate compute)", null, Common.ARCHITECTURE,
                        Common.ARCHITECTURE.names().getFirst(), of(q, b -> b.architecture().awsName())),
                Fields.gravitonType(of(q, BatchQueue::gravitonType)),
                Fields.loadProfile(of(q, b -> Fields.written(b.loadProfile())))));
        // the EC2 instances' gp3 volume (compute ec2 / ec2-spot), billed for the instance-hours the jobs run
        fields.addAll(Fields.ebsVolume(b -> ((BatchQueue) b).ebs()));
        // the EC2 instances' tenancy (compute ec2 only: Spot runs on shared hardware, hosts need a busiest hour)
        List<String> shared = List.of(Tenancy.DEFAULT.fileName());
        fields.add(Fields.tenancy(b -> ((BatchQueue) b).tenancy())
                .when("compute", BatchQueue.Compute.FARGATE.fileName(), shared, Fields.FARGATE_HAS_NO_TENANCY)
                .when("compute", BatchQueue.Compute.FARGATE_SPOT.fileName(), shared, Fields.FARGATE_HAS_NO_TENANCY)
                .when("compute", BatchQueue.Compute.EC2_SPOT.fileName(), shared, Tenancy.SPOT_SHARED_ONLY)
                .when("compute", BatchQueue.Compute.EC2.fileName(), List.of(Tenancy.DEFAULT.fileName(), Tenancy.DEDICATED.fileName()),
                        BatchQueue.NO_HOSTS));
        return new KindSpec(BlockKind.BATCH_QUEUE, List.copyOf(fields),
                (id, type) -> new BatchQueue(id, "Batch jobs", 0, 0, null, BatchQueue.Compute.EC2, type, 1000,
                        BigDecimal.ONE, new BigDecimal("2"), new BigDecimal("10"), Architecture.X86_64, null, null),
                "batch-queue");
    }
}
