package dev.costbench.ui.workshop;

import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.LoadProfile;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.EditBlock;
import dev.costbench.workshop.LoadProfilePresets;
import dev.costbench.workshop.LoadProfilePresets.Preset;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * A block's weekly load profile as a 7 × 24 grid (Monday 00:00 first). Click or drag across cells to paint
 * them with the paint value; a preset fills the grid from a peak and a floor. Apply is one undo step.
 */
public final class LoadProfileEditor {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private final Workbench workbench;
    private final String blockId;
    private final double[] values = new double[LoadProfile.HOURS_PER_WEEK];
    private final StackPane[] cells = new StackPane[LoadProfile.HOURS_PER_WEEK];
    private final GridPane grid = new GridPane();
    private final TextField paint = new TextField();
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final TextField peak = new TextField();
    private final TextField floor = new TextField();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final VBox root;
    private String presetKey;
    private Runnable onDone = () -> {};

    public LoadProfileEditor(Workbench workbench, Block block) {
        this.workbench = workbench;
        this.blockId = block.id();
        LoadProfile current = profileOf(block);
        double count = defaultCount(block);
        for (int h = 0; h < values.length; h++) values[h] = current.isNone() ? count : current.hours().get(h);
        presetKey = current.isNone() ? null : current.preset();

        grid.setId("load-profile-grid");
        grid.setHgap(1);
        grid.setVgap(1);
        for (int hour = 0; hour < 24; hour++) {
            Label l = new Label(String.format("%02d", hour));
            l.setMinWidth(34);
            l.setAlignment(Pos.CENTER);
            l.setStyle("-fx-font-size: 0.8em;");
            grid.add(l, hour + 1, 0);
        }
        for (int day = 0; day < 7; day++) {
            grid.add(new Label(DAYS[day]), 0, day + 1);
            for (int hour = 0; hour < 24; hour++) {
                int h = day * 24 + hour;
                StackPane cell = new StackPane(new Label());
                cell.setId("load-cell-" + h);
                cell.setMinSize(34, 26);
                cell.setPrefSize(34, 26);
                cells[h] = cell;
                grid.add(cell, hour + 1, day + 1);
            }
        }
        // painting: press starts on a cell, dragging paints every cell the pointer crosses
        grid.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> paintAt(e.getX(), e.getY()));
        grid.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> paintAt(e.getX(), e.getY()));

        paint.setId("load-paint");
        paint.setPrefColumnCount(5);
        paint.setText(format(count));
        preset.setId("load-preset");
        preset.getItems().setAll(Preset.values());
        preset.setConverter(new StringConverter<>() {
            @Override public String toString(Preset p) { return p == null ? "" : p.label(); }
            @Override public Preset fromString(String s) { return null; }
        });
        preset.setValue(Preset.BUSINESS_HOURS);
        peak.setId("load-peak");
        peak.setPrefColumnCount(5);
        peak.setText(format(max()));
        floor.setId("load-floor");
        floor.setPrefColumnCount(5);
        floor.setText(format(Math.max(0, Math.floor(max() / 4))));
        Button fill = new Button("Fill");
        fill.setId("load-fill");
        fill.setOnAction(e -> applyPreset());
        Button apply = new Button("Apply");
        apply.setId("load-apply");
        apply.setDefaultButton(true);
        apply.setOnAction(e -> apply());
        Button clear = new Button("Remove Profile");
        clear.setOnAction(e -> { workbench.execute(new EditBlock("Remove load profile of " + block.name(), current(b -> withProfile(b, LoadProfile.NONE)))); onDone.run(); });
        clear.setDisable(current.isNone());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onDone.run());
        problem.getStyleClass().add("field-problem");
        summary.setId("load-summary");

        Label what = new Label(meaning(block));
        what.setWrapText(true);
        HBox presets = new HBox(6, new Label("Preset"), preset, new Label("peak"), peak, new Label("floor"), floor, fill);
        presets.setAlignment(Pos.CENTER_LEFT);
        HBox painting = new HBox(6, new Label("Paint value (click or drag over the grid):"), paint);
        painting.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, apply, clear, cancel);
        root = new VBox(8, what, presets, painting, grid, summary, problem, buttons);
        root.setId("load-profile-editor");
        root.setPadding(new Insets(12));
        refresh();
    }

    private Block current(java.util.function.UnaryOperator<Block> change) {
        Block b = workbench.scenario().block(blockId).orElseThrow(() -> new IllegalStateException("the block was deleted"));
        return change.apply(b);
    }

    /** What one value of the grid counts, in the block's terms. */
    static String meaning(Block b) {
        return switch (b) {
            case AutoScalingGroup a -> "Each cell: instances running in that hour of the week.";
            case EcsService e -> "Each cell: tasks running in that hour of the week.";
            case EksNodeGroup n -> n.mode() == EksNodeGroup.Mode.FARGATE ? "Each cell: pods running in that hour of the week."
                    : "Each cell: nodes running in that hour of the week.";
            case BatchQueue q -> "Each cell: jobs running at once in that hour of the week.";
            case LambdaFunction f -> "Each cell: the relative share of requests in that hour (the month's requests stay as set).";
            case LoadBalancer l -> "Load balancers have no load profile.";
            case AppRunnerService r -> "Each cell: App Runner instances serving requests in that hour (0 = idle; the provisioned "
                    + "instances stay provisioned). The profile replaces the active instances and active hours.";
            case EcrRepository e -> "ECR repositories have no load profile.";
            case Ec2Instances i -> "A fixed fleet of EC2 instances has no load profile: use an Auto Scaling group for a varying count.";
            case NatGateway n -> "NAT gateways have no load profile: their GB come from their connections.";
            case Internet n -> "The internet has no load profile.";
        };
    }

    /** The count a flat week starts from: the block's own count. */
    static double defaultCount(Block b) {
        return switch (b) {
            case AutoScalingGroup a -> a.desired();
            case EcsService e -> e.tasks();
            case EksNodeGroup n -> n.mode() == EksNodeGroup.Mode.FARGATE ? n.pods() : n.desired();
            case BatchQueue q -> 1;
            case LambdaFunction f -> 1;
            case LoadBalancer l -> 0;
            case AppRunnerService r -> r.activeInstances().doubleValue();
            case EcrRepository e -> 0;
            case Ec2Instances i -> i.count();
            case NatGateway n -> 0;
            case Internet n -> 0;
        };
    }

    /** The block's profile ({@link LoadProfile#NONE} for a load balancer). */
    static LoadProfile profileOf(Block b) {
        return switch (b) {
            case AutoScalingGroup a -> a.loadProfile();
            case EcsService e -> e.loadProfile();
            case EksNodeGroup n -> n.loadProfile();
            case BatchQueue q -> q.loadProfile();
            case LambdaFunction f -> f.loadProfile();
            case LoadBalancer l -> LoadProfile.NONE;
            case AppRunnerService r -> r.loadProfile();
            case EcrRepository e -> LoadProfile.NONE;
            case Ec2Instances i -> LoadProfile.NONE;
            case NatGateway n -> LoadProfile.NONE;
            case Internet n -> LoadProfile.NONE;
        };
    }

    static Block withProfile(Block b, LoadProfile p) {
        return switch (b) {
            case AutoScalingGroup a -> a.withLoadProfile(p);
            case EcsService e -> e.withLoadProfile(p);
            case EksNodeGroup n -> n.withLoadProfile(p);
            case BatchQueue q -> q.withLoadProfile(p);
            case LambdaFunction f -> f.withLoadProfile(p);
            case LoadBalancer l -> throw new IllegalArgumentException("a load balancer has no load profile");
            case AppRunnerService r -> r.withLoadProfile(p);
            case EcrRepository e -> throw new IllegalArgumentException("an ECR repository has no load profile");
            case Ec2Instances i -> throw new IllegalArgumentException("a fixed fleet of EC2 instances has no load profile");
            case NatGateway n -> throw new IllegalArgumentException("a NAT gateway has no load profile");
            case Internet n -> throw new IllegalArgumentException("the internet has no load profile");
        };
    }

    /** True for the blocks a load profile applies to. */
    public static boolean supports(Block b) { return !(b instanceof LoadBalancer || b instanceof EcrRepository || b instanceof Ec2Instances
            || b instanceof NatGateway || b instanceof Internet); }

    private void paintAt(double x, double y) {
        Double v = number(paint, "Paint value");
        if (v == null) return;
        for (int h = 0; h < cells.length; h++) {
            if (cells[h].getBoundsInParent().contains(x, y)) {
                set(h, v);
                return;
            }
        }
    }

    /** Sets one hour (0 = Monday 00:00) as painting does. */
    public void set(int hour, double value) {
        if (values[hour] == value) return;
        values[hour] = value;
        presetKey = "custom";
        refresh();
    }

    /** Fills the grid from the chosen preset, peak and floor. */
    public void applyPreset() {
        Double p = number(peak, "Peak"), f = number(floor, "Floor");
        if (p == null || f == null || preset.getValue() == null) return;
        if (f > p) {
            problem.setText("Floor: " + format(f) + " is above the peak " + format(p));
            return;
        }
        LoadProfile profile = LoadProfilePresets.of(preset.getValue(), p, f);
        for (int h = 0; h < values.length; h++) values[h] = profile.hours().get(h);
        presetKey = profile.preset();
        refresh();
    }

    public void choosePreset(Preset p, double peakValue, double floorValue) {
        preset.setValue(p);
        peak.setText(format(peakValue));
        floor.setText(format(floorValue));
        applyPreset();
    }

    /** Sets the block's profile: one undo step. */
    public void apply() {
        List<Double> hours = new ArrayList<>(values.length);
        for (double v : values) hours.add(v);
        LoadProfile profile = new LoadProfile(presetKey == null ? "custom" : presetKey, hours);
        Block edited = current(b -> withProfile(b, profile));
        workbench.execute(new EditBlock("Set load profile of " + edited.name(), edited));
        onDone.run();
    }

    private Double number(TextField field, String name) {
        try {
            double v = Double.parseDouble(field.getText().trim());
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
            problem.setText("");
            return v;
        } catch (NumberFormatException e) {
            problem.setText(name + ": '" + field.getText() + "' is not a number of 0 or more");
            return null;
        }
    }

    private double max() {
        double m = 0;
        for (double v : values) m = Math.max(m, v);
        return m;
    }

    private void refresh() {
        double max = max(), min = Double.MAX_VALUE, sum = 0;
        for (double v : values) {
            min = Math.min(min, v);
            sum += v;
        }
        for (int h = 0; h < cells.length; h++) {
            double share = max == 0 ? 0 : values[h] / max;
            ((Label) cells[h].getChildren().getFirst()).setText(format(values[h]));
            // darker blue for busier hours; text flips to white on the dark cells
            cells[h].setStyle("-fx-background-color: rgba(31, 119, 180, " + String.format(java.util.Locale.ROOT, "%.2f", 0.12 + 0.78 * share) + ");");
            ((Label) cells[h].getChildren().getFirst()).setStyle(share > 0.55 ? "-fx-text-fill: white; -fx-font-size: 0.85em;" : "-fx-font-size: 0.85em;");
        }
        summary.setText("Week: average " + format(Math.round(sum / values.length * 1000) / 1000.0) + ", quietest hour "
                + format(min) + ", busiest " + format(max) + (presetKey == null ? "" : "  (" + presetKey + ")"));
    }

    static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    public void setOnDone(Runnable r) { onDone = r; }
    public double value(int hour) { return values[hour]; }
    public String summary() { return summary.getText(); }
    public Parent root() { return root; }
}
