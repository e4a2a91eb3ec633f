package dev.costbench.pricing.ecs;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.Architecture;
import dev.costbench.model.CapacityProviderShare;
import dev.costbench.model.EcsService;
import dev.costbench.pricing.OptionLines;
import dev.costbench.pricing.PricedBlock;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.load.LoadHours;
import dev.costbench.pricing.load.LoadLevels;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.ec2.EbsVolumes;
import dev.costbench.pricing.ec2.InstanceFleet;
import dev.costbench.pricing.ec2.InstancePacking;
import dev.costbench.pricing.ec2.TenancyFleet;
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
        String note = FargateSize.exactly(service.cpu(), service.memoryGb()) != null ? "a valid Fargate size"
                : "asked " + asked + "; priced at the next valid Fargate size";
        Quantity vcpu = Quantity.Input.number("cpu", "vCPU per task (Fargate size)", "vCPU", note, size.vcpu());
        Quantity gb = Quantity.Input.number("memoryGb", "Memory per task (Fargate size)", "GB", note, size.memoryGb());
        LoadHours load = LoadHours.of(service.loadProfile(), service.tasks());
        List<CapacityProviderShare> providers = service.capacityProviders();
        Quantity tasks;
        FargateCapacityMix.Rules mix;
        if (!load.profiled()) {
            tasks = Quantity.Input.number("tasks", "Tasks", "tasks", null, Math.max(service.tasks(), 0));
            mix = FargateCapacityMix.rules(tasks, providers, -1);
        } else {
            LoadLevels levels = LoadLevels.of(load, "tasks", service.loadProfile().preset());
            FargateCapacityMix.Rules[] at = new FargateCapacityMix.Rules[levels.size()];
            for (int i = 0; i < at.length; i++) at[i] = FargateCapacityMix.rules(levels.count(i), providers, i);
            tasks = Quantity.Named.of("tasks", "Tasks (week's average)", "tasks", "Σ hours × tasks ÷ 168",
                    levels.average(levels::count));
            Quantity onFargate = Quantity.Named.of("tasks_on_fargate", "Tasks on FARGATE (week's average)", "tasks", null,
                    levels.average(i -> at[i].onFargate()));
            Quantity onSpot = at[0].onSpot() == null ? null : Quantity.Named.of("tasks_on_fargate_spot",
                    "Tasks on FARGATE_SPOT (week's average)", "tasks", null, levels.average(i -> at[i].onSpot()));
            mix = new FargateCapacityMix.Rules(onFargate, onSpot);
        }
        // FARGATE_SPOT tasks stay on Spot on arm64 too: Fargate Spot runs arm64 tasks on ECS
        Quantity spot = mix.onSpot();
        FargateCompute.Rules rules = new FargateCompute.Rules(Quantity.mul(mix.onFargate(), vcpu), Quantity.mul(mix.onFargate(), gb),
                spot == null ? null : Quantity.mul(spot, vcpu), spot == null ? null : Quantity.mul(spot, gb));
        // every task, FARGATE and FARGATE_SPOT alike, pays for its storage above the 20 GB included
        Quantity storage = Quantity.Input.number("ephemeralStorageGb", "Ephemeral storage per task", "GB",
                "20 GB are included", service.ephemeralStorageGb());
        Quantity above = Quantity.sub(storage, Quantity.Constant.of(EcsService.INCLUDED_EPHEMERAL_GB));
        Quantity extraGb = Quantity.mul(tasks, above);
        FargateCompute compute = new FargateCompute(rates, arch, FargateCompute.Measure.RUNNING, rules, null)
                .withEphemeralStorage(rates, extraGb);
        Wording keySize = Wording.of(load.profiled() ? tasks : Wording.whole(tasks),
                (load.profiled() ? " (profile " + load.rangeText() + ")" : "") + " tasks × ",
                new Wording.Figure(vcpu, true), " vCPU / ", new Wording.Figure(gb, true), " GB",
                spot == null ? "" : new Wording.WhenAbove0(spot, Wording.of(" (", spot, " on Fargate Spot)")),
                arch == Architecture.ARM64 ? " · arm64" : "",
                // storage within the 20 GB included has no line, so no input in the workbook: no words either
                service.ephemeralStorageGb() > EcsService.INCLUDED_EPHEMERAL_GB
                        ? new Wording.WhenAbove0(above, Wording.of(" · ", Wording.whole(storage), " GB storage")) : "");
        // a load profile's range would not follow an edited level
        if (load.profiled()) keySize = keySize.asText();
        return PricedBlock.sized(keySize, compute.eachOption(), warnings);
    }

    public static PricedBlock ec2(EcsService service, String instanceType, RateBook rates) {
        return ec2(service, instanceType, rates, new EveryOptionLines());
    }

    /**
     * The EC2 launch type with {@code dedicatedFee}, the service's share of the region's Dedicated fee (empty unless
     * its instances run as Dedicated Instances; see {@link TenancyFleet}).
     */
    public static PricedBlock ec2(EcsService service, String instanceType, RateBook rates, EveryOptionLines dedicatedFee) {
        List<String> warnings = new ArrayList<>(1);
        String task = plain(service.cpu()) + " vCPU / " + plain(service.memoryGb()) + " GB";
        if (instanceType == null || instanceType.isBlank())
            return PricedBlock.unpriceable(service.tasks() + " tasks × " + task, "no instance type chosen", warnings);
        InstanceRates instance = TenancyFleet.rates(rates, service.tenancy(), instanceType);
        InstanceType spec = instance.spec();
        String keyTasks = service.tasks() + " tasks × " + task + " on ";
        if (spec == null) return PricedBlock.missing(keyTasks + instanceType, instance.missingSpec(), warnings);
        Quantity cpu = Quantity.Input.number("cpu", "vCPU per task", "vCPU", null, orZero(service.cpu()));
        Quantity memory = Quantity.Input.number("memoryGb", "Memory per task", "GB", null, orZero(service.memoryGb()));
        Quantity.Named per = Quantity.Named.of("tasks_per_instance(" + instanceType + ")", "Tasks per " + instanceType,
                "tasks", "min(floor(vCPU ÷ task vCPU), floor(registered MiB ÷ task MiB))", InstancePacking.rule(spec, cpu, memory));
        int perInstance = per.value().intValueExact();
        if (perInstance == 0) {
            String reason = "a " + task + " task does not fit on " + instanceType + " (" + spec.shortSpec() + ")";
            warnings.add(reason);
            return PricedBlock.unpriceable(keyTasks + instanceType, reason, warnings);
        }
        LoadHours load = LoadHours.of(service.loadProfile(), service.tasks());
        String instancesField = "instances(" + instanceType + ")", instancesLabel = instanceType + " instances";
        InstanceFleet fleet;
        EveryOptionLines ebs;
        Wording keySize;
        Quantity peak;
        if (!load.profiled()) {
            Quantity tasks = Quantity.Input.number("tasks", "Tasks", "tasks", null, Math.max(service.tasks(), 0));
            Quantity.Named instances = Quantity.Named.of(instancesField, instancesLabel, "instances",
                    "ceil(tasks ÷ tasks per instance)", InstancePacking.instancesFor(tasks, per));
            fleet = new InstanceFleet(instance, new InstanceFleet.Rules(instances, instances, null));
            ebs = EbsVolumes.lines(service.ebs(), instances, rates);
            peak = instances;
            keySize = Wording.of(Wording.whole(tasks), " tasks × ", new Wording.Figure(cpu, true), " vCPU / ",
                    new Wording.Figure(memory, true), " GB on ", Wording.whole(instances), " × " + instanceType + " (",
                    Wording.whole(per), " per instance)");
        } else {
            LoadLevels levels = LoadLevels.of(load, "tasks", service.loadProfile().preset());
            Quantity[] at = new Quantity[levels.size()];
            for (int i = 0; i < at.length; i++)
                at[i] = Quantity.Named.of(LoadLevels.at(instancesField, i), instancesLabel + " at load level " + (i + 1),
                        "instances", null, InstancePacking.instancesFor(levels.count(i), per));
            Quantity.Named instances = Quantity.Named.of(instancesField, instancesLabel + " (week's average)", "instances",
                    "Σ hours × instances ÷ 168", levels.average(i -> at[i]));
            Quantity.Named reserved = Quantity.Named.of("reserved(" + instanceType + ")", "Instances a Reserved Instance covers ("
                    + instanceType + ")", "instances", "the quietest hour's count", levels.quietest(i -> at[i]));
            fleet = new InstanceFleet(instance, new InstanceFleet.Rules(instances, instances, null, reserved));
            ebs = EbsVolumes.lines(service.ebs(), instances, rates);
            // hosts are allocated for the busiest hour's instances
            peak = Quantity.Input.number("peakInstances(" + instanceType + ")", instancesLabel + " at the busiest hour", "instances",
                    "ceil(the load profile's peak tasks ÷ tasks per instance)", Math.ceilDiv(load.max(), perInstance));
            keySize = Wording.of(tasks(load) + " tasks × " + task + " on ", instances, " × " + instanceType + " on average (",
                    Wording.whole(per), " per instance)").asText();
        }
        return TenancyFleet.price(service.tenancy(), keySize, rates, instanceType, peak, fleet::addTo, dedicatedFee, warnings, ebs);
    }

    /** "4" or, with a load profile, "4.38 (profile 2–10)" average tasks. */
    private static String tasks(LoadHours load) {
        return load.profiled() ? SizeText.plain(load.average()) + " (profile " + load.rangeText() + ")" : Integer.toString(load.min());
    }

    private static BigDecimal orZero(BigDecimal v) { return v == null ? BigDecimal.ZERO : v; }

    private static String plain(BigDecimal v) { return v == null ? "?" : v.stripTrailingZeros().toPlainString(); }
}
