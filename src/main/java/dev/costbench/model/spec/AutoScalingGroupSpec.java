package dev.costbench.model.spec;

import dev.costbench.model.AutoScalingGroup;

import java.util.List;

import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** An EC2 Auto Scaling group's fields. */
final class AutoScalingGroupSpec {
    private AutoScalingGroupSpec() {}

    static KindSpec spec() {
        Class<AutoScalingGroup> a = AutoScalingGroup.class;
        return new KindSpec(dev.costbench.model.BlockKind.ASG, List.of(
                field("instanceType", "Instance type", "EC2 instance type of every instance in the group", null,
                        new ValueType.InstanceType(false, true), null, of(a, AutoScalingGroup::instanceType)),
                field("min", "Min", "Smallest group size (low end of the cost range)", "instances",
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
                field("ebsGbPerInstance", "EBS gp3 GB each", "gp3 volume size per instance (not discountable); 0 for none", "GB",
                        whole(0, AwsLimits.EBS_GB), 0L, of(a, g -> (long) g.ebsGbPerInstance())),
                Fields.gravitonType(of(a, AutoScalingGroup::gravitonType)),
                Fields.loadProfile(of(a, g -> Fields.written(g.loadProfile()))),
                Fields.tenancy(b -> ((AutoScalingGroup) b).tenancy())),
                (id, type) -> new AutoScalingGroup(id, "Web servers", 0, 0, null, type, 1, 2, 4, 0, 100, 0, null, null),
                "asg");
    }
}
