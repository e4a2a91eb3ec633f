package dev.costbench.model.spec;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.InstanceOverride;

import java.util.ArrayList;
import java.util.List;

import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** An EC2 Auto Scaling group's fields. */
final class AutoScalingGroupSpec {
    private AutoScalingGroupSpec() {}

    /** One entry of {@code overrides}: an instance type and the capacity units one instance of it counts. */
    static final List<FieldSpec> OVERRIDE = List.of(
            field("instanceType", "Instance type", "EC2 instance type the mixed-instances policy may launch", null,
                    new ValueType.InstanceType(false, true), null, b -> null),
            field("weight", "weight", "Capacity units one instance of this type counts toward desired capacity "
                    + "(AWS's WeightedCapacity)", "units", whole(1, AwsLimits.ASG_WEIGHT), (long) InstanceOverride.DEFAULT_WEIGHT, b -> null));

    /** The most instance types a mixed-instances policy lists. */
    static final int MAX_OVERRIDES = AwsLimits.ASG_OVERRIDES;

    static KindSpec spec() {
        Class<AutoScalingGroup> a = AutoScalingGroup.class;
        List<FieldSpec> fields = new ArrayList<>(List.of(
                field("instanceType", "Instance type", "EC2 instance type of every instance in the group (the "
                                + "launch template's; `overrides` replace it when listed)", null,
                        new ValueType.InstanceType(false, true), null, of(a, AutoScalingGroup::instanceType)),
                field("min", "Min", "Smallest group size (low end of the cost range); capacity units with weighted `overrides`", "instances",
                        whole(0, AwsLimits.INSTANCES), "`desired`", null, of(a, g -> (long) g.min())),
                field("desired", "Desired", "Instances normally running: the expected cost; between min and max", "instances",
                        whole(0, AwsLimits.INSTANCES), "`min` if given, else `1`", 1L, of(a, g -> (long) g.desired())),
                field("max", "Max", "Largest group size (high end of the cost range)", "instances",
                        whole(0, AwsLimits.INSTANCES), "the larger of `desired` and `min`", null, of(a, g -> (long) g.max())),
                field("onDemandBase", "On-Demand base", "Mixed instances policy: instances always On-Demand", "instances",
                        whole(0, AwsLimits.INSTANCES), 0L, of(a, g -> (long) g.onDemandBase())),
                field("onDemandPercentAboveBase", "OD % above base",
                        "Mixed instances policy: share of the instances above the base that are On-Demand; the rest run on Spot",
                        "%", whole(0, 100), 100L, of(a, g -> (long) g.onDemandPercentAboveBase())),
                // written even at 0, as before the IOPS and throughput fields came, so files saved again stay the same
                field("ebsGbPerInstance", "EBS gp3 GB each", "gp3 volume size per instance (not discountable); 0 for none", "GB",
                        whole(0, AwsLimits.EBS_GB), 0L, of(a, g -> (long) g.ebsGbPerInstance())),
                field("overrides", "Instance types", "Mixed-instances policy: instance types the group may launch, "
                                + "entries of {instanceType, weight}, at most " + MAX_OVERRIDES + "; with them desired, min, max "
                                + "and the On-Demand base count capacity units (weight 1 when not given)", null,
                        new ValueType.Nested("list of {instanceType, weight}"), null,
                        of(a, g -> g.overrides().isEmpty() ? null : g.overrides())),
                field("onDemandAllocationStrategy", "On-Demand allocation", "Which of the `overrides` the On-Demand "
                                + "capacity runs on: the first listed (prioritized) or the lowest price per capacity unit", null,
                        Fields.choice(AutoScalingGroup.OnDemandAllocation.values(), AutoScalingGroup.OnDemandAllocation::fileName,
                                AutoScalingGroup.OnDemandAllocation::fileName),
                        AutoScalingGroup.OnDemandAllocation.PRIORITIZED.fileName(),
                        of(a, g -> g.onDemandAllocation() == AutoScalingGroup.OnDemandAllocation.PRIORITIZED ? null
                                : g.onDemandAllocation().fileName())),
                Fields.gravitonType(of(a, AutoScalingGroup::gravitonType)),
                Fields.loadProfile(of(a, g -> Fields.written(g.loadProfile())))));
        // the gp3 IOPS and throughput every EC2-backed kind shares
        fields.addAll(Fields.ebsVolume(b -> ((AutoScalingGroup) b).ebs()).subList(1, 3));
        fields.add(Fields.tenancy(b -> ((AutoScalingGroup) b).tenancy()));
        return new KindSpec(dev.costbench.model.BlockKind.ASG, List.copyOf(fields),
                (id, type) -> new AutoScalingGroup(id, "Web servers", 0, 0, null, type, 1, 2, 4, 0, 100, 0, null, null),
                "asg");
    }
}
