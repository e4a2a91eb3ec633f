package dev.costbench.project.importer.terraform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.costbench.catalog.JsonWording;
import dev.costbench.project.importer.DesignImportException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of {@code terraform show -json PLAN} an import reads: the managed resources that will exist after
 * the apply ({@code planned_values}, every module, completed from {@code resource_changes}), and which
 * resource blocks refer to which ({@code configuration}'s expression references), since the identifiers that
 * tie them together (ARNs, ids) are unknown until apply.
 */
final class TerraformPlan {
    private static final JsonMapper JSON = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            // a plan with more after its closing } is two files run together or cut and pasted: not read as the first
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
    }

    private final Map<String, PlanResource> resources = new LinkedHashMap<>();
    private final Map<String, Set<String>> references = new HashMap<>();

    private String region;

    private TerraformPlan() {}

    static TerraformPlan parse(String text, String file) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new DesignImportException(file, at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
                    "is not JSON (" + JsonWording.problem(e) + "); export the plan with terraform show -json PLAN > plan.json");
        }
        if (root == null || !root.isObject() || !(root.has("planned_values") || root.has("resource_changes")))
            throw new DesignImportException(file, null, "is not a Terraform plan: it has no planned_values or resource_changes "
                    + "(export the plan with terraform show -json PLAN > plan.json)");
        TerraformPlan plan = new TerraformPlan();
        plan.readModule(root.path("planned_values").path("root_module"));
        plan.readChanges(root.path("resource_changes"));
        plan.readConfiguration(root.path("configuration").path("root_module"), "", Map.of());
        plan.region = plan.regionOf(root.path("configuration").path("provider_config"));
        return plan;
    }

    /** The AWS provider's region, else a subnet's zone without its letter; null when the plan says neither. */
    String region() { return region; }

    private String regionOf(JsonNode providers) {
        for (JsonNode p : providers) {
            JsonNode region = p.path("expressions").path("region").path("constant_value");
            if ("aws".equals(p.path("name").asText()) && region.isTextual() && !region.asText().isBlank()) return region.asText();
        }
        for (PlanResource r : resources.values()) {
            String zone = r.type().equals("aws_subnet") ? r.text("availability_zone") : null;
            if (zone != null && zone.matches("[a-z]{2}(-[a-z]+)+-\\d+[a-z]")) return zone.substring(0, zone.length() - 1);
        }
        return null;
    }

    List<PlanResource> resources() { return List.copyOf(resources.values()); }

    /**
     * The resources the resource block refers to in its arguments, as written: a config address
     * ({@code aws_subnet.a}) or, for one instance, its address ({@code aws_subnet.a[0]}).
     */
    Set<String> referencesOf(PlanResource r) { return references.getOrDefault(r.configAddress(), Set.of()); }

    /**
     * The resource instances {@code r} refers to: the ones it names by index when it does (Terraform lists
     * {@code aws_subnet.a} beside {@code aws_subnet.a[0]}), else every instance of the block it names.
     */
    List<PlanResource> referencedBy(PlanResource r) {
        Set<String> refs = referencesOf(r);
        Set<String> indexed = new LinkedHashSet<>();
        for (String ref : refs) if (ref.endsWith("]")) indexed.add(PlanResource.configAddressOf(ref));
        List<PlanResource> out = new ArrayList<>();
        for (String ref : refs) {
            if (ref.endsWith("]")) { if (resources.containsKey(ref)) out.add(resources.get(ref)); }
            else if (!indexed.contains(ref)) out.addAll(instancesOf(ref));
        }
        return out;
    }

    /** Every resource instance of the resource block at {@code configAddress}. */
    List<PlanResource> instancesOf(String configAddress) {
        return resources.values().stream().filter(r -> r.configAddress().equals(configAddress)).toList();
    }

    private void readModule(JsonNode module) {
        for (JsonNode r : module.path("resources")) add(r.path("address").asText(), r, r.path("values"));
        for (JsonNode child : module.path("child_modules")) readModule(child);
    }

    /** Resources a plan lists only as changes (older Terraform, or values planned_values left out); deletions never. */
    private void readChanges(JsonNode changes) {
        for (JsonNode c : changes) {
            String address = c.path("address").asText();
            JsonNode actions = c.path("change").path("actions");
            boolean deleted = actions.size() == 1 && "delete".equals(actions.path(0).asText());
            if (deleted || resources.containsKey(address) || !c.path("change").path("after").isObject()) continue;
            add(address, c, c.path("change").path("after"));
        }
    }

    private void add(String address, JsonNode r, JsonNode values) {
        if (!"managed".equals(r.path("mode").asText("managed")) || address.isEmpty()) return;
        String type = r.path("type").asText();
        resources.put(address, new PlanResource(address, PlanResource.configAddressOf(address), type,
                r.path("provider_name").asText(null), values));
    }

    /**
     * The references of every resource block, module by module; {@code inputs} resolves a module's {@code var.x}
     * to what the module call passed in, so a load balancer outside a module still reaches a group inside it.
     */
    private void readConfiguration(JsonNode module, String prefix, Map<String, Set<String>> inputs) {
        for (JsonNode r : module.path("resources")) {
            if (!"managed".equals(r.path("mode").asText("managed"))) continue;
            Set<String> found = new LinkedHashSet<>();
            collect(r.path("expressions"), prefix, inputs, found);
            references.put(prefix + r.path("address").asText(), found);
        }
        var calls = module.path("module_calls").fields();
        while (calls.hasNext()) {
            var call = calls.next();
            Map<String, Set<String>> passed = new HashMap<>();
            var arguments = call.getValue().path("expressions").fields();
            while (arguments.hasNext()) {
                var argument = arguments.next();
                Set<String> found = new LinkedHashSet<>();
                collect(argument.getValue(), prefix, inputs, found);
                passed.put(argument.getKey(), found);
            }
            readConfiguration(call.getValue().path("module"), prefix + "module." + call.getKey() + ".", passed);
        }
    }

    private static void collect(JsonNode node, String prefix, Map<String, Set<String>> inputs, Set<String> out) {
        if (node.isObject()) {
            JsonNode refs = node.get("references");
            if (refs != null && refs.isArray()) for (JsonNode ref : refs) {
                String text = ref.asText();
                if (text.startsWith("var.")) out.addAll(inputs.getOrDefault(text.substring(4).split("[.\\[]")[0], Set.of()));
                String target = resourceOf(text);
                if (target != null) out.add(prefix + target);
            }
            node.forEach(child -> collect(child, prefix, inputs, out));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, prefix, inputs, out));
        }
    }

    /**
     * {@code aws_lb.web} of a reference such as {@code aws_lb.web.arn}, {@code aws_subnet.a[0]} of
     * {@code aws_subnet.a[0].id}; null for var, local, data, each…
     */
    static String resourceOf(String reference) {
        int dot = reference.indexOf('.');
        if (dot <= 0 || !reference.substring(0, dot).contains("_") || reference.startsWith("each.") || reference.startsWith("count.")) return null;
        int end = dot + 1;
        while (end < reference.length() && reference.charAt(end) != '.' && reference.charAt(end) != '[') end++;
        if (end < reference.length() && reference.charAt(end) == '[') {
            int close = reference.indexOf(']', end);
            if (close > 0) end = close + 1;
        }
        String target = reference.substring(0, end);
        // a splat ([*]) names every instance, as the bare address does
        return target.endsWith("[*]") ? target.substring(0, target.length() - 3) : target;
    }

    static List<String> list(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.asText()));
        return out;
    }
}
