package dev.costbench.ui.workshop;

import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.PricingEngine;
import dev.costbench.workshop.ReplatformWhatIf;
import dev.costbench.workshop.ReplatformWhatIf.Crossover;
import dev.costbench.workshop.ReplatformWhatIf.VolumePoint;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * "Price on other platforms…" for a Lambda function, Fargate service or Auto Scaling group: the same workload's
 * On-Demand month on Lambda, Fargate and EC2 across request volumes, where the others become cheaper than Lambda,
 * and the sentence that says so. A Fargate service or group says nothing of requests, so the user gives them.
 */
public final class ReplatformView {
    private static final double MILLION = 1_000_000;

    private final Scenario scenario;
    private final Block block;
    private final ReplatformWhatIf whatIf;
    private final VBox root = new VBox(8);
    private final TextField requests = new TextField();
    private final TextField duration = new TextField();
    private final TextField memory = new TextField();
    private final NumberAxis volumeAxis = new NumberAxis();
    private final NumberAxis costAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(volumeAxis, costAxis);
    private final Label platforms = new Label();
    private final Label fargateSentence = new Label();
    private final Label ec2Sentence = new Label();
    private final Label problem = new Label();
    private ReplatformWhatIf.Result result;

    /** True for the blocks that can be priced on other platforms. */
    public static boolean supports(Block b) {
        return b instanceof LambdaFunction || b instanceof AutoScalingGroup
                || (b instanceof EcsService e && e.launchType() == EcsService.LaunchType.FARGATE);
    }

    public ReplatformView(Scenario scenario, Block block, PricingEngine engine) {
        this.scenario = scenario;
        this.block = block;
        this.whatIf = new ReplatformWhatIf(engine);
        root.setId("replatform");
        root.setPadding(new Insets(12));
        Label title = new Label(block.name() + " on Lambda, Fargate and EC2 (On-Demand, " + scenario.region() + ")");
        title.getStyleClass().add("workshop-title");
        ReplatformWhatIf.Workload w = block instanceof LambdaFunction f ? ReplatformWhatIf.Workload.of(f)
                : new ReplatformWhatIf.Workload(10_000_000, BigDecimal.valueOf(100), 512, Architecture.X86_64);
        requests.setId("replatform-requests");
        requests.setText(String.valueOf(w.requestsPerMonth()));
        duration.setId("replatform-duration");
        duration.setText(w.avgDurationMs().stripTrailingZeros().toPlainString());
        memory.setId("replatform-memory");
        memory.setText(String.valueOf(w.memoryMb()));
        for (TextField f : new TextField[]{requests, duration, memory}) {
            f.setPrefColumnCount(9);
            f.setOnAction(e -> recompute());
        }
        Button compare = new Button("Compare");
        compare.setId("replatform-compare");
        compare.setOnAction(e -> recompute());
        HBox form = new HBox(6, new Label("Requests a month"), requests, new Label("duration ms"), duration,
                new Label("memory MB"), memory, compare);
        form.setAlignment(Pos.CENTER_LEFT);
        Label rule = new Label("Sizing: " + ReplatformWhatIf.SizingRule.DEFAULT.describe()
                + (block instanceof LambdaFunction ? "" : ". The block says nothing of requests: give the workload it serves."));
        rule.setWrapText(true);

        chart.setId("replatform-chart");
        chart.setAnimated(false);
        chart.setTitle("On-Demand month against requests a month");
        volumeAxis.setLabel("Requests a month (millions)");
        costAxis.setLabel("Monthly cost ($)");
        fargateSentence.setId("replatform-fargate");
        ec2Sentence.setId("replatform-ec2");
        platforms.setId("replatform-platforms");
        // the sentences keep every line they wrap to; the chart gives up the height
        for (Label l : new Label[]{rule, fargateSentence, ec2Sentence, platforms}) {
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        fargateSentence.getStyleClass().add("workshop-title");
        problem.getStyleClass().add("field-problem");
        VBox.setVgrow(chart, Priority.ALWAYS);
        root.getChildren().addAll(title, form, rule, problem, chart, fargateSentence, ec2Sentence, platforms);
        recompute();
    }

    /** Reads the workload fields and compares again. */
    public void recompute() {
        ReplatformWhatIf.Workload w;
        try {
            long r = Long.parseLong(requests.getText().trim().replace(",", ""));
            BigDecimal d = new BigDecimal(duration.getText().trim());
            int m = Integer.parseInt(memory.getText().trim());
            if (r < 0 || d.signum() <= 0 || m < 128 || m > 10240) throw new NumberFormatException();
            Architecture arch = block instanceof LambdaFunction f ? f.architecture() : Architecture.X86_64;
            w = new ReplatformWhatIf.Workload(r, d, m, arch);
        } catch (NumberFormatException e) {
            problem.setText("Workload: requests a month is a whole number of 0 or more, duration above 0 ms, memory 128–10,240 MB");
            return;
        }
        try {
            result = whatIf.compare(scenario, block, w, ReplatformWhatIf.SizingRule.DEFAULT);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return;
        }
        problem.setText("");
        show(result);
    }

    private void show(ReplatformWhatIf.Result r) {
        chart.getData().clear();
        chart.getData().add(series("Lambda", r, VolumePoint::lambda));
        chart.getData().add(series("Fargate", r, VolumePoint::fargate));
        chart.getData().add(series("EC2", r, VolumePoint::ec2));
        for (XYChart.Series<Number, Number> s : chart.getData())
            for (XYChart.Data<Number, Number> d : s.getData()) if (d.getNode() != null) d.getNode().setVisible(false);
        mark(r.fargate(), r);
        fargateSentence.setText(r.fargate().sentence());
        ec2Sentence.setText(r.ec2().sentence());
        StringBuilder b = new StringBuilder("At this workload: ");
        for (ReplatformWhatIf.Platform p : r.platforms()) {
            if (b.length() > 18) b.append(";  ");
            b.append(p.platform()).append(' ').append(p.onDemandMonthly() == null ? "missing" : Money.format(p.onDemandMonthly()))
                    .append(" (").append(p.sizing()).append(')');
        }
        platforms.setText(b.toString());
    }

    private static XYChart.Series<Number, Number> series(String name, ReplatformWhatIf.Result r, Function<VolumePoint, BigDecimal> cost) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (VolumePoint p : r.chart()) {
            BigDecimal c = cost.apply(p);
            if (c != null) s.getData().add(new XYChart.Data<>(p.requestsPerMonth() / MILLION, c.doubleValue()));
        }
        return s;
    }

    /** The crossover as a marked point on Lambda's line. */
    private void mark(Crossover c, ReplatformWhatIf.Result r) {
        if (c == null || c.cheaperFrom() == null) return;
        VolumePoint at = r.chart().stream().filter(p -> p.requestsPerMonth() == c.cheaperFrom()).findFirst().orElse(null);
        if (at == null || at.lambda() == null) return;
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(c.platform() + " cheaper from " + String.format("%.1f M", c.cheaperFrom() / MILLION));
        s.getData().add(new XYChart.Data<>(c.cheaperFrom() / MILLION, at.lambda().doubleValue()));
        chart.getData().add(s);
        Node node = s.getData().getFirst().getNode();
        if (node != null) {
            node.setStyle("-fx-background-color: #c0392b, white, #c0392b; -fx-background-insets: 0, 2, 4; -fx-background-radius: 9px; -fx-padding: 9px;");
            Tooltip.install(node, new Tooltip(c.sentence()));
        }
    }

    public void setWorkload(long requestsPerMonth, String durationMs, int memoryMb) {
        requests.setText(String.valueOf(requestsPerMonth));
        duration.setText(durationMs);
        memory.setText(String.valueOf(memoryMb));
        recompute();
    }

    public ReplatformWhatIf.Result result() { return result; }
    public String fargateSentence() { return fargateSentence.getText(); }
    public String problem() { return problem.getText(); }
    public Parent root() { return root; }
}
