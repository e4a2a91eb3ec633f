package dev.costbench.project.importer.terraform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.costbench.project.importer.DesignImportException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Usage a plan cannot hold, in Infracost's {@code infracost-usage.yml} shape: {@code resource_usage} keyed by
 * resource address (exact, or with {@code [*]} for every instance), then {@code resource_type_default_usage}
 * keyed by resource type. The same file an Infracost user already keeps gives the same figures here.
 */
final class UsageFile {
    static final UsageFile NONE = new UsageFile(null, null);

    private final JsonNode root;
    private final String file;

    private UsageFile(JsonNode root, String file) {
        this.root = root;
        this.file = file;
    }

    static UsageFile read(Path path) {
        String file = path.toString();
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(path));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new DesignImportException(file, null, "the usage file is not there");
        } catch (JsonProcessingException e) {
            // the YAML's own mistake, at its line, in the shape the file should have
            var at = e.getLocation();
            throw new DesignImportException(file, at == null ? null : "line " + at.getLineNr() + ", column " + at.getColumnNr(),
                    "is not a usage file in infracost-usage.yml's shape (YAML with resource_usage:)");
        } catch (IOException e) {
            throw new DesignImportException(file, null, "is not a usage file in infracost-usage.yml's shape (YAML with resource_usage:)");
        }
        if (root == null || !root.isObject() || !(root.has("resource_usage") || root.has("resource_type_default_usage")))
            throw new DesignImportException(file, null, "is not a usage file: it has no resource_usage or resource_type_default_usage");
        return new UsageFile(root, file);
    }

    /** The usage value for a resource, or null when the file does not give one. */
    BigDecimal value(PlanResource r, String key) {
        if (root == null) return null;
        JsonNode byAddress = root.path("resource_usage");
        for (String address : new String[]{r.address(), r.configAddress() + "[*]", r.configAddress()}) {
            BigDecimal v = number(byAddress.path(address).get(key), address, key);
            if (v != null) return v;
        }
        return number(root.path("resource_type_default_usage").path(r.type()).get(key), r.type(), key);
    }

    private BigDecimal number(JsonNode n, String place, String key) {
        if (n == null || n.isNull()) return null;
        BigDecimal v = null;
        if (n.isNumber()) v = n.decimalValue();
        else if (n.isTextual()) {
            try {
                v = new BigDecimal(n.asText().strip());
            } catch (NumberFormatException ignored) {
                // reported below, in the user's words
            }
        }
        if (v == null || v.signum() < 0) throw new DesignImportException(file, place + "." + key, "must be a number of 0 or more, not " + n);
        // said here, with the figure as written, rather than as a clamped count in the design's own checks
        if (v.compareTo(MOST) > 0) throw new DesignImportException(file, place + "." + key, "is " + n.asText() + ", more than any usage Costbench can take");
        return v;
    }

    /** The largest usage figure taken: a count beyond it does not fit the design's whole numbers. */
    private static final BigDecimal MOST = BigDecimal.valueOf(Long.MAX_VALUE);
}
