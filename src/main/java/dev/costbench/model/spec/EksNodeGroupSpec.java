package dev.costbench.model.spec;

import dev.costbench.model.Architecture;
import dev.costbench.model.BlockKind;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.Tenancy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static dev.costbench.model.spec.Fields.above0;
import static dev.costbench.model.spec.Fields.choice;
import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** An EKS managed node group's or Fargate profile's fields. */
final class EksNodeGroupSpec {
    private EksNodeGroupSpec() {}

    static KindSpec spec() {
        Class<EksNodeGroup> k = EksNodeGroup.class;
        List<FieldSpec> fields = new ArrayList<>(List.of(
                field("cluster", "Cluster", "Node groups of one cluster share one cluster fee", null,
                        new ValueType.Text(true), "default", of(k, EksNodeGroup::cluster)),
                field("clusterSupport", "Kubernetes support", "Standard or extended support sets the hourly cluster fee", null,
                        choice(EksNodeGroup.ClusterSupport.values(), EksNodeGroup.ClusterSupport::fileName,
                                s -> s.name().charAt(0) + s.name().substring(1).toLowerCase()),
                        EksNodeGroup.ClusterSupport.STANDARD.fileName(), of(k, g -> g.clusterSupport().fileName())),
                field("mode", "Mode", "Managed EC2 nodes, or a Fargate profile", null,
                        choice(EksNodeGroup.Mode.values(), EksNodeGroup.Mode::fileName,
                                m -> m == EksNodeGroup.Mode.MANAGED ? "Managed nodes" : "Fargate profile"),
                        EksNodeGroup.Mode.MANAGED.fileName(), of(k, g -> g.mode().fileName())),
                field("instanceType", "Instance type", "EC2 instance type of the nodes (managed nodes)", null,
                        new ValueType.InstanceType(false, false), "required with `managed`", null, of(k, EksNodeGroup::instanceType)),
                field("desired", "Nodes", "Nodes normally running (managed nodes)", "nodes",
                        whole(0, AwsLimits.INSTANCES), "`1` (`0` with `fargate`)", 1L, of(k, g -> (long) g.desired())),
                field("capacityType", "Capacity type", "On-Demand or Spot nodes", null,
                        choice(EksNodeGroup.CapacityType.values(), EksNodeGroup.CapacityType::fileName,
                                c -> c == EksNodeGroup.CapacityType.SPOT ? "Spot" : "On-Demand"),
                        EksNodeGroup.CapacityType.ON_DEMAND.fileName(), of(k, g -> g.capacityType().fileName())),
                field("pods", "Pods", "Pods running (on a Fargate profile), or expected on the nodes (checked against their max pods)",
                        "pods", whole(0, AwsLimits.TASKS), 0L, of(k, g -> (long) g.pods())),
                field("podCpu", "Pod CPU (vCPU)", "Requested vCPU per pod; on Fargate sized up to a Fargate size", "vCPU",
                        above0(AwsLimits.INSTANCE_VCPU), "`0.25` with `fargate`, else none", new BigDecimal("0.25"), of(k, EksNodeGroup::podCpu)),
                field("podMemoryGb", "Pod memory (GB)", "Requested memory per pod; on Fargate 0.25 GB is added for Kubernetes components",
                        "GB", above0(AwsLimits.INSTANCE_GB), "`0.5` with `fargate`, else none", new BigDecimal("0.5"), of(k, EksNodeGroup::podMemoryGb)),
                field("ephemeralStorageGb", "Ephemeral storage (GB)", "Ephemeral storage a Fargate pod requests; 20 GB are "
                                + "included, more is billed per GB-hour (Fargate profile)", "GB",
                        whole(AwsLimits.FARGATE_MIN_EPHEMERAL_GB, AwsLimits.EKS_FARGATE_MAX_EPHEMERAL_GB), (long) EcsService.INCLUDED_EPHEMERAL_GB,
                        of(k, b -> b.ephemeralStorageGb() == EcsService.INCLUDED_EPHEMERAL_GB ? null : (long) b.ephemeralStorageGb())),
                field("architecture", "Architecture", "x86_64, or arm64 (Graviton) pods on managed nodes; Fargate profiles run x86_64 only", null, Common.ARCHITECTURE,
                        Common.ARCHITECTURE.names().getFirst(), of(k, g -> g.architecture().awsName()))
                        .when("mode", EksNodeGroup.Mode.FARGATE.fileName(), List.of(Architecture.X86_64.awsName()),
                                EksNodeGroup.FARGATE_RUNS_X86_ONLY + " (EKS user guide, compute comparison)"),
                Fields.gravitonType(of(k, EksNodeGroup::gravitonType)),
                Fields.loadProfile(of(k, g -> Fields.written(g.loadProfile())))));
        // the nodes' gp3 volume (managed nodes; a Fargate profile has no volumes)
        fields.addAll(Fields.ebsVolume(b -> ((EksNodeGroup) b).ebs()));
        // the nodes' tenancy (managed On-Demand nodes only)
        fields.add(Fields.tenancy(b -> ((EksNodeGroup) b).tenancy())
                .when("mode", EksNodeGroup.Mode.FARGATE.fileName(), List.of(Tenancy.DEFAULT.fileName()), Fields.FARGATE_HAS_NO_TENANCY)
                .when("capacityType", EksNodeGroup.CapacityType.SPOT.fileName(), List.of(Tenancy.DEFAULT.fileName()), Tenancy.SPOT_SHARED_ONLY));
        return new KindSpec(BlockKind.EKS_NODE_GROUP, List.copyOf(fields),
                (id, type) -> EksNodeGroup.managed(id, "Node group", "main", type, 3),
                "eks-node-group");
    }
}
