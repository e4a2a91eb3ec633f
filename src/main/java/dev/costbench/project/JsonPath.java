package dev.costbench.project;

import com.fasterxml.jackson.core.JsonStreamContext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** JSON paths in the {@code $.scenarios[0].blocks[2].desired} form that every file error names. */
final class JsonPath {
    static final String ROOT = "$";
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPath() {}

    static String field(String parent, String name) {
        return PLAIN_NAME.matcher(name).matches()
                ? parent + "." + name
                : parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String index(String parent, int i) { return parent + "[" + i + "]"; }

    /** The path of the value a streaming parser is at, for syntax errors found mid-file; cut after {@code maxDepth} steps. */
    static String of(JsonStreamContext context, int maxDepth) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) chain.push(c);
        String path = ROOT;
        int depth = 0;
        for (JsonStreamContext c : chain) {
            if (depth++ == maxDepth) return path + "…";
            if (c.inArray()) path = index(path, Math.max(c.getCurrentIndex(), 0));
            else if (c.getCurrentName() != null) path = field(path, c.getCurrentName());
        }
        return path;
    }
}
