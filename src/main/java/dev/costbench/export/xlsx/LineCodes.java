package dev.costbench.export.xlsx;

/**
 * The engine's cost-line component codes the workbook recognises (documented in docs/cost-lines.md),
 * and which of them are Spot capacity, to which the Spot interruption overhead input applies.
 */
final class LineCodes {
    private LineCodes() {}

    static final String EC2_INSTANCES = "ec2.instances";
    static final String EC2_SPOT = "ec2.spot";
    static final String EC2_INSTANCE_HOURS = "ec2.instance-hours";
    static final String EC2_SPOT_HOURS = "ec2.spot-hours";
    static final String EBS_GP3 = "ebs.gp3";
    static final String EKS_CLUSTER = "eks.cluster";

    static boolean isSpot(String component) {
        return component.equals(EC2_SPOT) || component.equals(EC2_SPOT_HOURS) || component.startsWith("fargate-spot.");
    }

    /** Reserved Instance or EC2 Savings Plan lines that cover the instances bought under the option. */
    static boolean isCommitment(String component) {
        return component.startsWith("ri.") || component.equals("sp.hourly") || component.equals("sp.upfront")
                || component.equals("sp.usage") || component.equals("sp.usage.upfront");
    }

    /** Fargate vCPU lines (pay-as-you-go, Spot or Savings Plan), running or used. */
    static boolean isFargateVcpu(String component) {
        return fargate(component) && component.contains(".vcpu");
    }

    static boolean isFargateMemory(String component) {
        return fargate(component) && (component.contains(".memory") || component.contains(".gb-hours"));
    }

    private static boolean fargate(String c) {
        return c.startsWith("fargate.") || c.startsWith("fargate-spot.") || c.startsWith("sp.fargate.");
    }
}
