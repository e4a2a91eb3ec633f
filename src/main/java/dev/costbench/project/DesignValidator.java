package dev.costbench.project;

import dev.costbench.model.Connection;
import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.spec.BlockSpecs;

import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.ec2.InstancePacking;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a design against the price catalog: instance types the catalog does not know (with the closest
 * name), regions it has no prices for, tasks and jobs too big for the chosen instance type, and fields a block's spec
 * does not know (a purchase option the reader does not know never reaches the design). The file's own shape is checked by {@link ProjectFile} when it is read.
 */
public final class DesignValidator {
    private static final int MAX_REGIONS_LISTED = 8;

    public List<Problem> validate(Project project, PriceCatalog catalog) {
        List<Problem> problems = new ArrayList<>();
        if (project.scenarios().isEmpty()) problems.add(new Problem("$.scenarios", "the design has no scenario to price"));
        for (int i = 0; i < project.scenarios().size(); i++) {
            new ScenarioCheck(project.scenarios().get(i), JsonPath.index("$.scenarios", i), catalog, problems).run();
        }
        return problems;
    }

    /** The checks of one scenario, which share its region and path. */
    private record ScenarioCheck(Scenario scenario, String path, PriceCatalog catalog, List<Problem> problems) {

        void run() {
            boolean regionPriced = catalog.hasRegion(scenario.region());
            if (!regionPriced) {
                String hint = NameSuggestion.closest(scenario.region(), catalog.regions()).map(r -> "did you mean " + r + "? ")
                        .orElse("");
                problems.add(Problem.warning(JsonPath.field(path, "region"), "the price catalog (" + catalog.version()
                        + ") has no prices for region \"" + scenario.region() + "\"; " + hint
                        + "every block will show its prices as missing (" + pricedRegions() + ")"));
            }
            for (int j = 0; j < scenario.blocks().size(); j++) {
                block(scenario.blocks().get(j), JsonPath.index(JsonPath.field(path, "blocks"), j), regionPriced);
            }
            for (int j = 0; j < scenario.connections().size(); j++) {
                Connection c = scenario.connections().get(j);
                // a label the reader could not read as GB a month (e.g. "heavy at night") is drawn, never priced
                if (c.traffic() != null && c.sentGbPerMonth() == null)
                    problems.add(Problem.warning(JsonPath.field(JsonPath.index(JsonPath.field(path, "connections"), j), "traffic"),
                            "the traffic label \"" + c.traffic() + "\" is not a monthly quantity such as \"2 TB/month\", so this "
                                    + "connection's traffic is not priced; set its GB sent a month (sentGbPerMonth)"));
            }
        }

        private void block(Block block, String at, boolean regionPriced) {
            unknownFields(block, at);
            narrowedChoices(block, at);
            for (String tagProblem : dev.costbench.model.spec.TagRules.problems(block.tags()))
                problems.add(new Problem(JsonPath.field(at, dev.costbench.model.Tags.FIELD), "block \"" + block.name() + "\" ("
                        + block.kind().displayName() + "): " + tagProblem));
            switch (block) {
                case AutoScalingGroup a -> {
                    instanceType(at, "instanceType", a.instanceType(), regionPriced);
                    gravitonType(at, a.gravitonType());
                    overrides(a, at, regionPriced);
                }
                case EcsService e -> {
                    if (e.launchType() == EcsService.LaunchType.EC2) {
                        instanceType(at, "instanceType", e.instanceType(), regionPriced)
                                .ifPresent(t -> fitsRegistered(at, "task", e.cpu(), e.memoryGb(), "cpu", "memoryGb", t));
                    }
                    gravitonType(at, e.gravitonType());
                }
                case EksNodeGroup k -> {
                    if (k.mode() == EksNodeGroup.Mode.MANAGED) {
                        Optional<InstanceType> node = instanceType(at, "instanceType", k.instanceType(), regionPriced);
                        if (k.pods() > 0 && k.podCpu() != null && k.podMemoryGb() != null)
                            node.ifPresent(t -> fits(at, "pod", k.podCpu(), k.podMemoryGb(), "podCpu", "podMemoryGb", t));
                    }
                    gravitonType(at, k.gravitonType());
                }
                case BatchQueue q -> {
                    if (!q.compute().isFargate()) {
                        instanceType(at, "instanceType", q.instanceType(), regionPriced)
                                .ifPresent(t -> fitsRegistered(at, "job", q.vcpuPerJob(), q.memoryGbPerJob(), "vcpuPerJob", "memoryGbPerJob", t));
                    }
                    gravitonType(at, q.gravitonType());
                }
                case LambdaFunction l -> { }
                case LoadBalancer lb -> { }
                case AppRunnerService r -> { }
                case EcrRepository e -> { }
                case NatGateway n -> { }
                case Internet i -> { }
                case Ec2Instances i -> {
                    instanceType(at, "instanceType", i.instanceType(), regionPriced);
                    gravitonType(at, i.gravitonType());
                }
            }
        }

        /** A mixed-instances policy's types: each known to the catalog, weights 1 to 999, at most AWS's 40 types. */
        private void overrides(AutoScalingGroup a, String at, boolean regionPriced) {
            String list = JsonPath.field(at, "overrides");
            if (a.overrides().size() > BlockSpecs.MAX_ASG_OVERRIDES)
                problems.add(new Problem(list, "block \"" + a.name() + "\" lists " + a.overrides().size()
                        + " instance types; an Auto Scaling group takes at most " + BlockSpecs.MAX_ASG_OVERRIDES));
            dev.costbench.model.spec.FieldSpec weight = BlockSpecs.ASG_OVERRIDE.get(1);
            dev.costbench.model.spec.ValueType.Whole limit = (dev.costbench.model.spec.ValueType.Whole) weight.type();
            for (int i = 0; i < a.overrides().size(); i++) {
                String entry = JsonPath.index(list, i);
                instanceType(entry, "instanceType", a.overrides().get(i).instanceType(), regionPriced);
                int w = a.overrides().get(i).weight();
                if (w < limit.min() || w > limit.max())
                    problems.add(new Problem(JsonPath.field(entry, "weight"), "block \"" + a.name() + "\": weight " + w
                            + " is outside " + limit.min() + " to " + limit.max() + " (AWS's WeightedCapacity)"));
            }
        }

        /** A choice another field's value rules out (an arm64 EKS Fargate profile), from the spec the reader also uses. */
        private void narrowedChoices(Block block, String at) {
            dev.costbench.model.spec.KindSpec spec = BlockSpecs.of(block.kind());
            for (dev.costbench.model.spec.FieldSpec f : spec.fields()) {
                if (f.choicesWhen().isEmpty()) continue;
                Object v = f.valueOf(block);
                String refused = v == null ? null : f.refusal(v.toString(), dev.costbench.model.spec.FieldSpec.otherFields(spec, block));
                if (refused != null) problems.add(new Problem(JsonPath.field(at, f.json()), "block \"" + block.name() + "\" ("
                        + block.kind().displayName() + "): " + refused));
            }
        }

        /** Fields the block's spec does not name: kept on save, but most often a misspelt field whose value is ignored. */
        private void unknownFields(Block block, String at) {
            for (String field : new TreeSet<>(block.extensions().keySet())) {
                if (field.equals(BlockSpecs.ASSUMPTIONS) || field.equals(dev.costbench.model.Tags.FIELD)) continue;
                String owner = Arrays.stream(BlockKind.values()).filter(k -> k != block.kind() && BlockSpecs.of(k).knows(field))
                        .map(k -> k.displayName() + " blocks").findFirst().map(k -> "; " + field + " belongs to " + k)
                        .orElseGet(() -> NameSuggestion.closest(field, knownFields(block.kind())).map(n -> "; did you mean " + n + "?")
                                .orElse(""));
                problems.add(Problem.warning(JsonPath.field(at, field), "block \"" + block.name() + "\" (" + block.kind().displayName()
                        + ") has a field this version does not know, \"" + field + "\": it is ignored when pricing and kept when saving"
                        + owner));
            }
        }

        private static List<String> knownFields(BlockKind kind) {
            List<String> names = new ArrayList<>();
            BlockSpecs.COMMON.forEach(f -> names.add(f.json()));
            BlockSpecs.of(kind).fields().forEach(f -> names.add(f.json()));
            return names;
        }

        /** The catalog's specs of a named type, after reporting a name it does not know or cannot price here. */
        private Optional<InstanceType> instanceType(String at, String field, String name, boolean regionPriced) {
            if (name == null || name.isBlank()) {
                // a design edited in the window can lack a type the file format requires
                if (field.equals("instanceType"))
                    problems.add(new Problem(JsonPath.field(at, field), "is missing (an instance type such as m5.large)"));
                return Optional.empty();
            }
            Optional<InstanceType> type = catalog.instanceType(name);
            String fieldPath = JsonPath.field(at, field);
            if (type.isEmpty()) {
                problems.add(new Problem(fieldPath, "unknown instance type \"" + name + "\""
                        + NameSuggestion.closest(name, instanceTypeNames()).map(s -> " (did you mean " + s + "?)")
                        .orElse(" (not in the price catalog)")));
            } else if (regionPriced && catalog.onDemand(scenario.region(), name).isEmpty()) {
                problems.add(Problem.warning(fieldPath, "the price catalog has no On-Demand price for " + name + " in "
                        + scenario.region() + "; its prices will show as missing"));
            }
            return type;
        }

        private void gravitonType(String at, String name) {
            if (name == null || name.isBlank()) return;
            instanceType(at, "gravitonType", name, false).ifPresent(t -> {
                if (!t.isArm())
                    problems.add(new Problem(JsonPath.field(at, "gravitonType"),
                            name + " is not a Graviton (arm64) instance type"));
            });
        }

        /** One pod must fit on one node: Kubernetes never splits it across machines. */
        private void fits(String at, String what, BigDecimal vcpu, BigDecimal memoryGb, String cpuField, String memoryField,
                          InstanceType type) {
            boolean cpuFits = vcpu.compareTo(BigDecimal.valueOf(type.vcpu())) <= 0;
            boolean memoryFits = memoryGb.compareTo(type.memoryGib()) <= 0;
            if (cpuFits && memoryFits) return;
            problems.add(new Problem(JsonPath.field(at, cpuFits ? memoryField : cpuField),
                    "a " + what + " of " + FargateSizes.plain(vcpu) + " vCPU and " + FargateSizes.plain(memoryGb)
                            + " GB does not fit on one " + type.name() + " (" + type.shortSpec() + ")"));
        }

        /**
         * One ECS task or Batch job must fit on one container instance, by the packing rule the engine prices with:
         * the instance registers less memory than it has installed, so a task the size of the instance does not fit.
         */
        private void fitsRegistered(String at, String what, BigDecimal vcpu, BigDecimal memoryGb, String cpuField,
                                    String memoryField, InstanceType type) {
            if (vcpu == null || memoryGb == null || InstancePacking.perInstance(type, vcpu, memoryGb) > 0) return;
            fits(at, what, vcpu, memoryGb, cpuField, memoryField, type);
            if (vcpu.compareTo(BigDecimal.valueOf(type.vcpu())) > 0 || memoryGb.compareTo(type.memoryGib()) > 0) return;
            BigDecimal registered = InstancePacking.registeredMib(new Quantity.Constant(type.memoryGib())).value();
            problems.add(new Problem(JsonPath.field(at, memoryField),
                    "a " + what + " of " + FargateSizes.plain(vcpu) + " vCPU and " + FargateSizes.plain(memoryGb)
                            + " GB does not fit on one " + type.name() + " (" + type.shortSpec() + "): it registers "
                            + NumberFormat.getIntegerInstance(Locale.ROOT).format(registered) + " MiB for tasks"));
        }

        private String pricedRegions() {
            List<String> regions = List.copyOf(catalog.regions());
            if (regions.isEmpty()) return "the catalog has no regions";
            return regions.size() <= MAX_REGIONS_LISTED ? "regions with prices: " + String.join(", ", regions)
                    : regions.size() + " regions have prices";
        }

        private List<String> instanceTypeNames() {
            return catalog.instanceTypes().stream().map(InstanceType::name).toList();
        }
    }
}
