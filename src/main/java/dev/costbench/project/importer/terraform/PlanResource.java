package dev.costbench.project.importer.terraform;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One resource instance of a plan: {@code address} as Terraform prints it ({@code module.app.aws_lb.web[0]}),
 * {@code configAddress} the resource block it comes from (indexes dropped, {@code module.app.aws_lb.web}) and
 * the planned attribute values (unknown ones absent).
 */
record PlanResource(String address, String configAddress, String type, String provider, JsonNode values) {

    /** The address without count or for_each indexes: the key that configuration references use. */
    static String configAddressOf(String address) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (depth > 0 && c == '"' && address.charAt(i - 1) != '\\') quoted = !quoted;
            if (!quoted && c == '[') depth++;
            else if (!quoted && c == ']') depth--;
            else if (depth == 0) out.append(c);
        }
        return out.toString();
    }

    /** The module path part of a config address ({@code module.app.}), empty at the root. */
    String modulePrefix() {
        int cut = configAddress.length() - type.length() - 1 - localName().length();
        return cut <= 0 ? "" : configAddress.substring(0, cut);
    }

    /** The resource's name in its block ({@code web} of {@code aws_lb.web}). */
    String localName() {
        return configAddress.substring(configAddress.lastIndexOf('.') + 1);
    }

    String text(String field) {
        JsonNode n = values.get(field);
        return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
    }

    Integer whole(String field) {
        JsonNode n = values.get(field);
        return n != null && n.canConvertToInt() && n.isNumber() ? n.intValue() : null;
    }

    /** The first element of a nested block ({@code scaling_config[0]}), or a missing node. */
    JsonNode first(String field) {
        JsonNode n = values.path(field);
        return n.isArray() ? n.path(0) : n;
    }

    List<String> texts(String field) {
        List<String> out = new ArrayList<>();
        JsonNode n = values.get(field);
        if (n != null && n.isArray()) n.forEach(e -> { if (e.isValueNode() && !e.isNull()) out.add(e.asText()); });
        return out;
    }

    boolean isAws() {
        return type.startsWith("aws_") && (provider == null || provider.endsWith("/aws") || provider.equals("aws"));
    }
}
