package dev.costbench.project.importer.drawio;

import dev.costbench.model.Block;
import dev.costbench.model.BlockShape;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.ContainerPlacement;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.project.importer.Assumptions;
import dev.costbench.project.importer.BlockIds;
import dev.costbench.project.importer.DesignImportException;
import dev.costbench.project.importer.ImportCheck;
import dev.costbench.project.importer.ImportedDesign;
import dev.costbench.project.importer.SourceFile;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draw.io diagram with AWS shapes onto the canvas: compute shapes become blocks where they are drawn, group
 * shapes (AWS Cloud, Region, VPC, Availability Zone, subnets) frames, arrows between them connections, labels
 * names. A diagram says nothing of sizes or usage, so every block's values are defaults listed as assumptions.
 */
public final class DrawioImporter {
    /** draw.io's icons are 78 px and a block 180 px wide: positions are doubled so blocks keep the drawing's spacing. */
    static final double SCALE = 2;
    static final double FRAME_PADDING = 20;
    private static final Pattern REGION = Pattern.compile("\\b([a-z]{2}(?:-[a-z]+)+-\\d+)([a-z])?\\b");
    private static final Pattern CIDR = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}/\\d{1,2}\\b");

    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, double[]> absolute = new HashMap<>();
    private final BlockIds ids = new BlockIds();
    private final List<String> notMapped = new ArrayList<>();

    private DrawioImporter() {}

    public static ImportedDesign read(Path file) {
        String text = SourceFile.read(file);
        return fromText(text, file.getFileName().toString(), file.toString());
    }

    static ImportedDesign fromText(String text, String name, String file) {
        DrawioFile.Page page = DrawioFile.firstPage(text, file);
        DrawioImporter importer = new DrawioImporter();
        NodeList list = page.model().getElementsByTagName("mxCell");
        for (int i = 0; i < list.getLength(); i++) {
            Cell c = Cell.of((Element) list.item(i));
            importer.cells.put(c.id(), c);
        }
        if (!page.otherPages().isEmpty())
            importer.notMapped.add("pages after the first (" + String.join(", ", page.otherPages().stream().map(p -> "\"" + p + "\"").toList())
                    + "): only the first page is imported");
        Scenario s = importer.scenario(file);
        String designName = name.replaceAll("(?i)\\.drawio(\\.xml)?$|\\.xml$", "");
        Project checked = ImportCheck.checked(new Project(designName, List.of(s)), file,
                id -> s.block(id).map(b -> "shape \"" + b.name() + "\"").orElse(id));
        return new ImportedDesign(checked, importer.notMapped);
    }

    private Scenario scenario(String file) {
        ShapeBlocks shapes = new ShapeBlocks();
        List<Block> blocks = new ArrayList<>();
        Map<String, String> blockOfCell = new HashMap<>();
        List<Container> frames = new ArrayList<>();
        List<String> otherShapes = new ArrayList<>();
        // an instance drawn inside an Auto Scaling group is one of its instances: arrows to it reach the group
        Map<String, String> drawnInGroup = new HashMap<>();
        for (Cell c : cells.values()) {
            if (!c.vertex() || isEdgeLabel(c)) continue;
            double[] box = box(c);
            ContainerKind frame = AwsShapes.frame(c);
            AwsShapes.Compute compute = AwsShapes.compute(c.awsShape());
            if (compute == AwsShapes.Compute.EC2_INSTANCE && insideGroup(c) != null) {
                drawnInGroup.put(c.id(), insideGroup(c).id());
                continue;
            }
            if (compute != null) {
                double cx = (box[0] + box[2] / 2) * SCALE, cy = (box[1] + box[3] / 2) * SCALE;
                String id = ids.next(c.label().isBlank() ? c.awsShape() : c.label());
                int instances = compute == AwsShapes.Compute.AUTO_SCALING_GROUP ? membersOf(c) : 0;
                Block b = shapes.block(compute, id, c.label(), instances)
                        .withPosition(cx - BlockShape.WIDTH / 2, cy - BlockShape.HEIGHT / 2);
                blocks.add(b);
                blockOfCell.put(c.id(), b.id());
            } else if (frame != null) {
                String zone = frame == ContainerKind.AVAILABILITY_ZONE ? zoneOf(c.label()) : null;
                Matcher cidr = CIDR.matcher(c.label());
                String cidrText = frame == ContainerKind.VPC || frame.isSubnet() ? (cidr.find() ? cidr.group() : null) : null;
                // the canvas shows a frame's range beside its name: keep it once
                String label = cidrText == null ? c.label() : c.label().replace(cidrText, "").strip();
                frames.add(new Container(ids.next("frame-" + (c.label().isBlank() ? frame.fileName() : c.label())), frame,
                        label.isBlank() ? null : label, box[0] * SCALE, box[1] * SCALE,
                        Math.max(Container.MIN_WIDTH, box[2] * SCALE), Math.max(Container.MIN_HEIGHT, box[3] * SCALE),
                        null, zone, cidrText, List.of()));
            } else if (c.awsShape() != null) {
                boolean known = AwsShapes.KNOWN_WITHOUT_KIND.contains(c.awsShape());
                notMapped.add("\"" + (c.label().isBlank() ? c.awsShape() : c.label()) + "\" (" + c.awsShape()
                        + (known ? ": no Costbench block kind yet" : ": not a compute shape") + ")");
            } else if (!c.label().isBlank()) {
                otherShapes.add("\"" + c.label() + "\"");
            }
        }
        if (!otherShapes.isEmpty())
            notMapped.add(otherShapes.size() + (otherShapes.size() == 1 ? " shape that is" : " shapes that are")
                    + " not an AWS shape: " + String.join(", ", otherShapes));
        if (blocks.isEmpty())
            throw new DesignImportException(file, null, "the diagram has no AWS compute shape Costbench can show (Auto Scaling group, "
                    + "EC2, ECS, EKS, Lambda, Batch, Application or Network Load Balancer from draw.io's AWS 2021 shapes)");
        drawnInGroup.forEach((cell, group) -> blockOfCell.put(cell, blockOfCell.get(group)));
        List<Connection> connections = connections(blockOfCell);
        frames.sort(Comparator.comparing((Container c) -> c.kind().ordinal()).thenComparing(c -> -c.width() * c.height()));
        String region = region(frames);
        List<String> designAssumptions = new ArrayList<>();
        if (region == null) {
            region = Scenario.DEFAULT_REGION;
            designAssumptions.add("region: the diagram names none (no Region or Availability Zone label such as eu-west-1): " + region + " assumed");
        }
        Scenario s = new Scenario("Imported", region, blocks, connections, null, false,
                "Imported from " + Path.of(file).getFileName() + "; sizes and usage are defaults listed as assumptions on each block",
                designAssumptions.isEmpty() ? Map.of() : Map.of(Assumptions.FIELD, designAssumptions), frames);
        for (Container f : frames) s = ContainerPlacement.placeContainer(s, f.id());
        s = ContainerPlacement.placeBlocks(s, blocks.stream().map(Block::id).toList());
        return FrameFit.around(s, FRAME_PADDING);
    }

    private List<Connection> connections(Map<String, String> blockOfCell) {
        Set<Connection> out = new LinkedHashSet<>();
        int loose = 0;
        for (Cell c : cells.values()) {
            if (!c.edge()) continue;
            String from = c.source() == null ? null : blockOfCell.get(c.source());
            String to = c.target() == null ? null : blockOfCell.get(c.target());
            if (from == null || to == null || from.equals(to)) { loose++; continue; }
            String label = edgeLabel(c);
            boolean protocol = label.toUpperCase().matches("(HTTPS?|TCP|UDP|TLS|GRPC|WEBSOCKETS?|SQS|SNS)\\b.*");
            // a label stating GB a month ("2 TB/month") is the GB sent, as a design file's label is read
            java.math.BigDecimal gb = protocol ? null : dev.costbench.model.TrafficText.monthlyGb(label);
            out.add(new Connection(from, to, protocol || gb != null ? null : label, protocol ? label : null, gb, null));
        }
        if (loose > 0) notMapped.add(loose + (loose == 1 ? " arrow does" : " arrows do") + " not join two compute shapes");
        return List.copyOf(out);
    }

    /** An arrow's label: its own value, else the text of a label cell placed on it. */
    private String edgeLabel(Cell edge) {
        if (!edge.label().isBlank()) return edge.label();
        return cells.values().stream().filter(c -> edge.id().equals(c.parent()) && !c.label().isBlank())
                .map(Cell::label).findFirst().orElse("");
    }

    private boolean isEdgeLabel(Cell c) {
        Cell parent = c.parent() == null ? null : cells.get(c.parent());
        return parent != null && parent.edge();
    }

    /** The Auto Scaling group shape an EC2 instance is drawn inside (as a child cell), if any. */
    private Cell insideGroup(Cell c) {
        for (Cell p = parentVertex(c); p != null; p = parentVertex(p))
            if (AwsShapes.compute(p.awsShape()) == AwsShapes.Compute.AUTO_SCALING_GROUP) return p;
        return null;
    }

    private int membersOf(Cell group) {
        int n = 0;
        for (Cell c : cells.values())
            if (c.vertex() && AwsShapes.compute(c.awsShape()) == AwsShapes.Compute.EC2_INSTANCE && insideGroup(c) == group) n++;
        return n;
    }

    private Cell parentVertex(Cell c) {
        Cell p = c.parent() == null ? null : cells.get(c.parent());
        return p != null && p.vertex() ? p : null;
    }

    /** The cell's box on the page: its geometry is relative to the vertex it sits in. */
    private double[] box(Cell c) {
        double[] known = absolute.get(c.id());
        if (known != null) return known;
        double x = c.x(), y = c.y();
        Set<String> seen = new LinkedHashSet<>();
        for (Cell p = parentVertex(c); p != null && seen.add(p.id()); p = parentVertex(p)) {
            x += p.x();
            y += p.y();
        }
        double[] b = {x, y, c.width(), c.height()};
        absolute.put(c.id(), b);
        return b;
    }

    private static String zoneOf(String label) {
        Matcher m = REGION.matcher(label);
        return m.find() && m.group(2) != null ? m.group() : null;
    }

    /** The region a Region frame names, else the region of a zone an Availability Zone frame names. */
    private static String region(List<Container> frames) {
        for (ContainerKind kind : new ContainerKind[]{ContainerKind.REGION, ContainerKind.AVAILABILITY_ZONE})
            for (Container f : frames) {
                if (f.kind() != kind) continue;
                Matcher m = REGION.matcher((f.name() == null ? "" : f.name()) + " " + (f.zone() == null ? "" : f.zone()));
                if (m.find()) return m.group(1);
            }
        return null;
    }
}
