package dev.costbench.project.importer.drawio;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.HashMap;
import java.util.Map;

/**
 * One {@code <mxCell>} of a diagram: its label (from the cell, or from the {@code <object>} wrapping it), style
 * keys, and its box relative to its parent cell.
 */
record Cell(String id, String label, Map<String, String> style, boolean vertex, boolean edge, String parent,
            String source, String target, double x, double y, double width, double height) {

    static Cell of(Element cell) {
        Node wrapper = cell.getParentNode();
        boolean wrapped = wrapper instanceof Element w && (w.getTagName().equals("object") || w.getTagName().equals("UserObject"));
        Element owner = wrapped ? (Element) wrapper : cell;
        String label = wrapped ? ((Element) wrapper).getAttribute("label") : cell.getAttribute("value");
        Element geometry = DrawioFile.children(cell, "mxGeometry").stream().findFirst().orElse(null);
        return new Cell(owner.getAttribute("id"), text(label), style(cell.getAttribute("style")), "1".equals(cell.getAttribute("vertex")),
                "1".equals(cell.getAttribute("edge")), blankToNull(cell.getAttribute("parent")), blankToNull(cell.getAttribute("source")),
                blankToNull(cell.getAttribute("target")), number(geometry, "x"), number(geometry, "y"), number(geometry, "width"),
                number(geometry, "height"));
    }

    /** The AWS shape name after {@code mxgraph.aws4.} (the icon of a resource, product or group shape), or null. */
    String awsShape() {
        String shape = style.getOrDefault("shape", "");
        String name = switch (shape) {
            case "mxgraph.aws4.resourceIcon" -> style.get("resIcon");
            case "mxgraph.aws4.productIcon" -> style.get("prIcon");
            case "mxgraph.aws4.group", "mxgraph.aws4.groupCenter" -> style.get("grIcon");
            default -> shape;
        };
        return name != null && name.startsWith("mxgraph.aws4.") ? name.substring("mxgraph.aws4.".length()) : null;
    }

    private static Map<String, String> style(String s) {
        Map<String, String> out = new HashMap<>();
        for (String part : s.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
            else if (!part.isBlank()) out.put(part.strip(), "");
        }
        return out;
    }

    /** A label as the user reads it: HTML labels lose their tags, line breaks become spaces. */
    static String text(String html) {
        if (html == null) return "";
        String t = html.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return t.replaceAll("\\s+", " ").strip();
    }

    private static double number(Element geometry, String attribute) {
        if (geometry == null || geometry.getAttribute(attribute).isBlank()) return 0;
        try {
            double v = Double.parseDouble(geometry.getAttribute(attribute));
            return Double.isFinite(v) ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
