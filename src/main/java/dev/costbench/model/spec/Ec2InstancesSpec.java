package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import dev.costbench.model.Ec2Instances;

import java.util.List;

import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.of;
import static dev.costbench.model.spec.Fields.whole;

/** A fixed fleet of EC2 instances' fields. */
final class Ec2InstancesSpec {
    private Ec2InstancesSpec() {}

    static KindSpec spec() {
        Class<Ec2Instances> e = Ec2Instances.class;
        List<FieldSpec> fields = new java.util.ArrayList<>(List.of(
                field("instanceType", "Instance type", "EC2 instance type of every instance", null,
                        new ValueType.InstanceType(false, true), null, of(e, Ec2Instances::instanceType)),
                field("count", "Instances", "Instances running all month", "instances",
                        whole(0, AwsLimits.INSTANCES), 1L, of(e, i -> (long) i.count())),
                // written even at 0, as before the IOPS and throughput fields came, so files saved again stay the same
                field("ebsGbPerInstance", "EBS gp3 GB each", "gp3 volume size per instance (not discountable); 0 for none", "GB",
                        whole(0, AwsLimits.EBS_GB), 0L, of(e, i -> (long) i.ebsGbPerInstance())),
                Fields.gravitonType(of(e, Ec2Instances::gravitonType))));
        // the gp3 IOPS and throughput every EC2-backed kind shares
        fields.addAll(Fields.ebsVolume(b -> ((Ec2Instances) b).ebs()).subList(1, 3));
        fields.add(Fields.tenancy(b -> ((Ec2Instances) b).tenancy()));
        return new KindSpec(BlockKind.EC2_INSTANCES, List.copyOf(fields),
                (id, type) -> new Ec2Instances(id, "Instances", 0, 0, null, type, 2, 20, null),
                "ec2-instances");
    }
}
