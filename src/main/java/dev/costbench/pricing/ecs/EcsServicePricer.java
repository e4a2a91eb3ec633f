package dev.costbench.pricing.ecs;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.Architecture;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.ec2.InstancePacking;
import dev.costbench.pricing.fargate.FargateCapacityMix;
import dev.costbench.pricing.fargate.FargateCompute;
import dev.costbench.pricing.fargate.FargateSize;
import dev.costbench.pricing.rates.InstanceRates;
import dev.costbench.pricing.rates.RateBook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An ECS service. Fargate launch type: tasks × task size, split between FARGATE and FARGATE_SPOT by the
 * capacity provider strategy. EC2 launch type: tasks packed onto instances by vCPU and memory, the
 * instances priced like any EC2 capacity. With a load profile each hour's task count replaces {@code tasks}:
 * the strategy splits (or packing places) every hour's tasks and the lines carry the week's hour-weighted averages.
 */
public final class EcsServicePricer {
    private EcsServicePricer() {}

    public static PricedBlock fargate(EcsService service, Architecture arch, RateBook rates) {
        List<String> warnings = new ArrayList<>(1);
        FargateSize size = FargateSize.exactly(service.cpu(), service.memoryGb());
        String asked = plain(service.cpu()) + " vCPU / " + plain(service.memoryGb()) + " GB";
        if (size == null) {
            size = FargateSize.smallestHolding(service.cpu(), service.memoryGb());
            if (size == null)
                return PricedBlock.unpriceable(service.tasks() + " tasks × " + asked,
                        asked + " is larger than any Fargate task (16 vCPU / 120 GB)", warnings);
            warnings.add(asked + " is not a Fargate task size; priced as the next valid size up, " + size.label());
        }
        LoadHours load = LoadHours.of(service.loadProfile(), service.tasks());
        List<CapacityProviderShare> providers = service.capacityProviders();
        BigDecimal onFargate = load.average(n -> FargateCapacityMix.split(n, providers).onFargate());
        BigDecimal onSpot = load.average(n -> FargateCapacityMix.split(n, providers).onSpot());
        if (arch == Architecture.ARM64 && onSpot.signum() > 0) {
            warnings.add("Fargate Spot does not run arm64 tasks; the " + SizeText.plain(onSpot)
                    + " FARGATE_SPOT tasks are priced on FARGATE");
            onFargate = onFargate.add(onSpot);
            onSpot = BigDecimal.ZERO;
        }
        FargateCompute compute = new FargateCompute(rates, arch, FargateCompute.Measure.RUNNING,
                onFargate.multiply(size.vcpu()), onFargate.multiply(size.memoryGb()),
                onSpot.multiply(size.vcpu()), onSpot.multiply(size.memoryGb()), null);
        String keySize = tasks(load) + " tasks × " + size.label()
                + (onSpot.signum() > 0 ? " (" + SizeText.plain(onSpot) + " on Fargate Spot)" : "")
                + (arch == Architecture.ARM64 ? " · arm64" : "");
        return new PricedBlock(keySize, compute.eachOption(), warnings);
    }

    public static PricedBlock ec2(EcsService service, String instanceType, RateBook rates) {
        List<String> warnings = new ArrayList<>(1);
        String task = plain(service.cpu()) + " vCPU / " + plain(service.memoryGb()) + " GB";
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(service.tasks() + " tasks × " + task, "no instance type chosen", warnings);
        InstanceRates instance = rates.instance(instanceType);
        InstanceType spec = instance.spec();
        String keyTasks = service.tasks() + " tasks × " + task + " on ";
        if (spec == null) return PricedBlock.missing(keyTasks + instanceType, instance.missingSpec(), warnings);
        int perInstance = InstancePacking.perInstance(spec, service.cpu(), service.memoryGb());
        if (perInstance == 0) {
            String reason = "a " + task + " task does not fit on " + instanceType + " (" + spec.shortSpec() + ")";
            warnings.add(reason);
            return PricedBlock.unpriceable(keyTasks + instanceType, reason, warnings);
        }
        LoadHours load = LoadHours.of(service.loadProfile(), service.tasks());
        InstanceFleet fleet;
        String keySize;
        if (!load.profiled()) {
            int instances = InstancePacking.instancesFor(service.tasks(), perInstance);
            fleet = new InstanceFleet(instance, instances, 0);
            keySize = keyTasks + instances + " × " + instanceType + " (" + perInstance + " per instance)";
        } else {
            BigDecimal instances = load.average(n -> InstancePacking.instancesFor(n, perInstance));
            fleet = new InstanceFleet(instance, instances, BigDecimal.ZERO,
                    BigDecimal.valueOf(InstancePacking.instancesFor(load.min(), perInstance)));
            keySize = tasks(load) + " tasks × " + task + " on " + SizeText.plain(instances) + " × " + instanceType
                    + " on average (" + perInstance + " per instance)";
        }
        OptionLines lines = new OptionLines(null);
        return new PricedBlock(keySize, PricedBlock.eachOption(o -> {
            OptionLines out = lines.reset(o);
            fleet.addTo(out);
            return out.build();
        }), warnings);
    }

    /** "4" or, with a load profile, "4.38 (profile 2–10)" average tasks. */
    private static String tasks(LoadHours load) {
        return load.profiled() ? SizeText.plain(load.average()) + " (profile " + load.rangeText() + ")" : Integer.toString(load.min());
    }

    private static String plain(BigDecimal v) { return v == null ? "?" : v.stripTrailingZeros().toPlainString(); }
}
