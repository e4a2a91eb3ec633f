package dev.costbench.pricing.eks;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.Architecture;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.NotApplicable;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;
import dev.costbench.pricing.ec2.EbsVolumes;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.ec2.TenancyFleet;
import dev.costbench.pricing.fargate.FargateCompute;
import dev.costbench.pricing.fargate.FargateSize;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.RateBook;

import dev.costbench.pricing.component.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An EKS managed node group ({@code desired} × instance type, max pods checked) or Fargate profile (each pod
 * sized to the smallest Fargate pair holding its request plus 0.25 GB for the Kubernetes components Fargate
 * runs beside it). The cluster fee rides on the cluster's first block, see {@link ClusterFees}. With a load profile
 * each hour's value is the node count (managed) or the pod count (Fargate) and the lines carry hour-weighted averages.
 */
public final class EksNodeGroupPricer {
    private EksNodeGroupPricer() {}

    /** Memory Fargate adds to every EKS pod for kubelet, kube-proxy and containerd. */
    public static final BigDecimal POD_OVERHEAD_GB = new BigDecimal("0.25");
    public static final String NO_FARGATE_SPOT = "EKS Fargate has no Spot capacity";
    private static final NotApplicable FARGATE_SPOT_NA = new NotApplicable(NO_FARGATE_SPOT);

    public static PricedBlock managed(EksNodeGroup group, String instanceType, RateBook rates, EveryOptionLines clusterFee) {
        return managed(group, instanceType, rates, clusterFee, new EveryOptionLines());
    }

    /**
     * Managed nodes with {@code dedicatedFee}, the group's share of the region's Dedicated fee (empty unless its nodes
     * run as Dedicated Instances; see {@link TenancyFleet}).
     */
    public static PricedBlock managed(EksNodeGroup group, String instanceType, RateBook rates, EveryOptionLines clusterFee,
                                      EveryOptionLines dedicatedFee) {
        List<String> warnings = new ArrayList<>(1);
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(group.desired() + " nodes", "no instance type chosen", warnings);
        InstanceRates instance = TenancyFleet.rates(rates, group.tenancy(), instanceType);
        InstanceType spec = instance.spec();
        if (spec != null && group.pods() > 0) {
            if (spec.maxPods() <= 0)
                warnings.add("max pods per node is unknown for " + instanceType + "; " + group.pods() + " pods not checked");
            else if ((long) group.pods() > (long) group.desired() * spec.maxPods())
                warnings.add(group.pods() + " pods do not fit on " + group.desired() + " × " + instanceType + " ("
                        + spec.maxPods() + " pods per node, " + (long) group.desired() * spec.maxPods() + " in all)");
        }
        LoadHours load = LoadHours.of(group.loadProfile(), group.desired());
        InstanceFleet fleet;
        EveryOptionLines ebs;
        Quantity peak;
        Wording count;
        if (load.profiled()) {
            LoadLevels levels = LoadLevels.of(load, "nodes", group.loadProfile().preset());
            Quantity.Named nodes = Quantity.Named.of("nodes", "Nodes (week's average)", "nodes", "Σ hours × nodes ÷ 168",
                    levels.average(levels::count));
            Quantity.Named reserved = Quantity.Named.of("reserved_nodes", "Nodes a Reserved Instance covers", "nodes",
                    "the quietest hour's count", levels.quietest(levels::count));
            fleet = new InstanceFleet(instance, new InstanceFleet.Rules(nodes, nodes, null, reserved));
            ebs = EbsVolumes.lines(group.ebs(), nodes, rates);
            // hosts are allocated for the busiest hour's nodes
            peak = Quantity.Input.number("peakNodes", "Nodes at the busiest hour", "nodes", "the load profile's peak", load.max());
            count = Wording.of(nodes, " on average (profile " + load.rangeText() + ")").asText();
        } else {
            Quantity.Input nodes = Quantity.Input.number("desired", "Nodes (desired)", "nodes",
                    group.pods() > 0 ? group.pods() + " pods expected" : null, Math.max(group.desired(), 0));
            // a node group runs all its nodes under one capacity type: no Spot part beside the bought nodes
            fleet = new InstanceFleet(instance, new InstanceFleet.Rules(nodes, nodes, null));
            ebs = EbsVolumes.lines(group.ebs(), nodes, rates);
            peak = nodes;
            count = Wording.of(Wording.whole(nodes));
        }
        Wording keySize = Wording.of(count, " × " + instanceType
                + (group.capacityType() == EksNodeGroup.CapacityType.SPOT ? " (Spot)" : ""));
        return TenancyFleet.price(group.tenancy(), keySize, rates, instanceType, peak, fleet::addTo, dedicatedFee, warnings,
                ebs, clusterFee);
    }

    public static PricedBlock fargate(EksNodeGroup group, Architecture arch, RateBook rates, EveryOptionLines clusterFee) {
        List<String> warnings = new ArrayList<>(1);
        BigDecimal cpu = group.podCpu() == null ? BigDecimal.ZERO : group.podCpu();
        BigDecimal memory = group.podMemoryGb() == null ? BigDecimal.ZERO : group.podMemoryGb();
        FargateSize size = FargateSize.smallestHolding(cpu, memory.add(POD_OVERHEAD_GB));
        String pod = cpu.stripTrailingZeros().toPlainString() + " vCPU / " + memory.stripTrailingZeros().toPlainString() + " GB";
        if (arch == Architecture.ARM64) {
            warnings.add(EksNodeGroup.FARGATE_RUNS_X86_ONLY);
            return PricedBlock.unpriceable(group.pods() + " pods × " + pod + " · arm64", EksNodeGroup.FARGATE_RUNS_X86_ONLY, warnings);
        }
        if (size == null) {
            String reason = "no Fargate size holds a " + pod + " pod plus 0.25 GB overhead (largest 16 vCPU / 120 GB)";
            warnings.add(reason);
            return PricedBlock.unpriceable(group.pods() + " pods × " + pod, reason, warnings);
        }
        LoadHours load = LoadHours.of(group.loadProfile(), group.pods());
        Quantity pods;
        if (load.profiled()) {
            LoadLevels levels = LoadLevels.of(load, "pods", group.loadProfile().preset());
            pods = Quantity.Named.of("pods", "Pods (week's average)", "pods", "Σ hours × pods ÷ 168", levels.average(levels::count));
        } else pods = Quantity.Input.number("pods", "Pods", "pods", null, Math.max(group.pods(), 0));
        String asked = "a " + pod + " pod plus 0.25 GB, rounded up to a valid Fargate size";
        Quantity vcpu = Quantity.Input.number("podCpu", "vCPU per pod (Fargate size)", "vCPU", asked, size.vcpu());
        Quantity gb = Quantity.Input.number("podMemoryGb", "Memory per pod (Fargate size)", "GB", asked, size.memoryGb());
        // each pod pays for the ephemeral storage it requests above the 20 GB included
        Quantity storage = Quantity.Input.number("ephemeralStorageGb", "Ephemeral storage per pod", "GB",
                "20 GB are included", group.ephemeralStorageGb());
        Quantity above = Quantity.sub(storage, Quantity.Constant.of(EcsService.INCLUDED_EPHEMERAL_GB));
        Quantity extraGb = Quantity.mul(pods, above);
        FargateCompute compute = new FargateCompute(rates, arch, FargateCompute.Measure.RUNNING,
                FargateCompute.Rules.fargateOnly(Quantity.mul(pods, vcpu), Quantity.mul(pods, gb)), FARGATE_SPOT_NA)
                .withEphemeralStorage(rates, extraGb);
        Wording keySize = Wording.of(load.profiled() ? pods : Wording.whole(pods),
                (load.profiled() ? " pods on average (profile " + load.rangeText() + ")" : " pods") + " × ",
                new Wording.Figure(vcpu, true), " vCPU / ", new Wording.Figure(gb, true), " GB"
                + (arch == Architecture.ARM64 ? " · arm64" : ""),
                // storage within the 20 GB included has no line, so no input in the workbook: no words either
                group.ephemeralStorageGb() > EcsService.INCLUDED_EPHEMERAL_GB
                        ? new Wording.WhenAbove0(above, Wording.of(" · ", Wording.whole(storage), " GB storage")) : "");
        if (load.profiled()) keySize = keySize.asText();
        return PricedBlock.sized(keySize, compute.eachOption(clusterFee::addTo), warnings);
    }
}
