package dev.costbench.model;


import java.math.BigDecimal;

/** The one line that says how big a block is: "4 × m5.xlarge", "10 tasks × 0.5 vCPU / 1 GB", "512 MB · 1M req/mo". */
public final class KeySize {
    private KeySize() {}

    public static String of(Block block) {
        return switch (block) {
            case AutoScalingGroup a -> a.desired() + " × " + a.instanceType();
            case EcsService e -> e.launchType() == EcsService.LaunchType.EC2
                    ? e.tasks() + " tasks on " + e.instanceType()
                    : e.tasks() + " tasks · " + num(e.cpu()) + " vCPU/" + num(e.memoryGb()) + " GB";
            case EksNodeGroup k -> k.mode() == EksNodeGroup.Mode.FARGATE
                    ? k.pods() + " pods · " + num(k.podCpu()) + " vCPU/" + num(k.podMemoryGb()) + " GB"
                    : k.desired() + " × " + k.instanceType() + (k.capacityType() == EksNodeGroup.CapacityType.SPOT ? " (Spot)" : "");
            case LambdaFunction l -> l.memoryMb() + " MB · " + count(l.requestsPerMonth()) + " req/mo";
            case BatchQueue q -> count(q.jobsPerMonth()) + " jobs · " + (q.compute().isFargate() ? "Fargate" : q.instanceType());
            case LoadBalancer lb -> lb.type() == LoadBalancer.Type.ALB ? "Application LB" : "Network LB";
            case AppRunnerService r -> r.minInstances() + "–" + r.maxInstances() + " × " + num(r.size().vcpu()) + " vCPU/"
                    + num(r.size().memoryGb()) + " GB · " + r.activePercent() + "% active";
            case EcrRepository e -> num(e.storedGb()) + " GB stored";
            case Ec2Instances i -> i.count() + " × " + i.instanceType();
            case NatGateway n -> n.gateways() + (n.gateways() == 1 ? " gateway" : " gateways");
            case Internet i -> "data transfer out";
        };
    }

    static String num(BigDecimal v) { return v == null ? "?" : v.stripTrailingZeros().toPlainString(); }

    /** 1500000 → "1.5M": requests and jobs run into millions. */
    static String count(long n) {
        if (n >= 1_000_000_000L) return trim(n / 1e9) + "B";
        if (n >= 1_000_000L) return trim(n / 1e6) + "M";
        if (n >= 10_000L) return trim(n / 1e3) + "k";
        return String.format("%,d", n);
    }

    private static String trim(double v) {
        return BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
