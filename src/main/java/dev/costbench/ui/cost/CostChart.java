package dev.costbench.ui.cost;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Monthly cost by block, stacked, for each way of buying: the largest blocks by cost get their own
 * colour and the rest are summed as "Other", so the chart stays readable on large designs. A block an
 * option does not apply to is stacked at its On-Demand cost, as in the totals.
 * <p>
 * An edit changes bars, not nodes: the series keep their places and take the names and figures of the blocks
 * now leading, and the legend is the chart's own, whose labels are renamed in place. (The built-in legend
 * makes new labels whenever a series is renamed, and a label made in a style pass costs the next frame a
 * repaint of the whole window.)
 */
public final class CostChart extends StackedBarChart<String, Number> {
    static final int SHOWN_BLOCKS = 7;
    private static final List<String> OPTIONS = List.of("OD", "Best RI", "Best SP", "Spot", "Chosen", "Graviton");
    private static final List<Function<CostRow, OptionCell>> CELLS = List.of(CostRow::onDemand, CostRow::bestReserved,
            CostRow::bestSavingsPlan, CostRow::spot, CostRow::chosen, CostRow::graviton);

    static final String TITLE = "Monthly cost by block";
    private final FlowPane legend = new FlowPane(8, 2);

    public CostChart() {
        super(new CategoryAxis(), new NumberAxis());
        setId("cost-chart");
        setAnimated(false);
        legend.setId("cost-chart-legend");
        legend.getStyleClass().add("chart-legend");
        legend.setAlignment(Pos.CENTER);
        setLegend(legend);
        setLegendVisible(true);
        setTitle(TITLE);
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        // the scale is set here, not auto-ranged: auto-ranging moves the ticks with every edit, and new tick
        // labels cost a style and layout pass each time; a scale that holds until the bars outgrow it costs neither
        getYAxis().setAutoRanging(false);
        ((NumberAxis) getYAxis()).setTickLabelFormatter(new NumberAxis.DefaultFormatter((NumberAxis) getYAxis(), "$", null));
        ((CategoryAxis) getXAxis()).getCategories().setAll(OPTIONS);
        setCategoryGap(14);
        ((CategoryAxis) getXAxis()).setTickLabelRotation(0);
        // the axis turns its labels upright only once they overlap, and hides one that nearly does ("Chosen" went
        // missing between about 320 and 375 px of chart): upright a little earlier, every bar keeps its name
        getXAxis().widthProperty().addListener((o, was, width) -> uprightWhenCrowded(width.doubleValue()));
        setMinHeight(160);
    }

    /** Room each option's name needs beside its neighbours' beyond its own width, or the axis may hide it. */
    private static final double LABEL_ROOM = 16;

    private void uprightWhenCrowded(double axisWidth) {
        CategoryAxis axis = (CategoryAxis) getXAxis();
        javafx.scene.text.Text ruler = new javafx.scene.text.Text();
        ruler.setFont(axis.getTickLabelFont());
        double widest = 0;
        for (String option : OPTIONS) {
            ruler.setText(option);
            widest = Math.max(widest, ruler.getLayoutBounds().getWidth());
        }
        double rotation = axisWidth / OPTIONS.size() < widest + LABEL_ROOM ? 90 : 0;
        if (axis.getTickLabelRotation() != rotation) axis.setTickLabelRotation(rotation);
    }

    public void show(List<CostRow> all) {
        List<String> names = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        // one pass over the rows, each row's bars taken from the last show while it is the same row (an edit hands
        // back the same row for every block it did not reprice): no sort of every row, no figure read twice
        Map<CostRow, Bars> next = new IdentityHashMap<>(all.size() * 2);
        List<CostRow> rows = new ArrayList<>(all.size());
        List<Bars> rowBars = new ArrayList<>(all.size());
        long missing = 0;
        for (CostRow r : all) {
            if (r.total()) continue;
            Bars b = bars.get(r);
            if (b == null) b = Bars.of(r);
            next.put(r, b);
            rows.add(r);
            rowBars.add(b);
            if (b.missing()) missing++;
        }
        bars = next;
        sayMissing(missing);
        if (!rows.isEmpty()) {
            // the dearest blocks under their chosen option, dearest first and, at the same cost, in the table's order
            // (as a stable sort, dearest first, puts them); a design of SHOWN_BLOCKS + 1 blocks shows each on its own
            int own = rows.size() == SHOWN_BLOCKS + 1 ? rows.size() : Math.min(SHOWN_BLOCKS, rows.size());
            int[] top = new int[own];
            int kept = 0;
            for (int i = 0; i < rows.size(); i++) {
                BigDecimal chosen = rowBars.get(i).chosen();
                if (kept == own && chosen.compareTo(rowBars.get(top[own - 1]).chosen()) <= 0) continue;
                int at = Math.min(kept, own - 1);
                while (at > 0 && chosen.compareTo(rowBars.get(top[at - 1]).chosen()) > 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = i;
                if (kept < own) kept++;
            }
            boolean[] shown = new boolean[rows.size()];
            for (int k = 0; k < kept; k++) {
                shown[top[k]] = true;
                names.add(rows.get(top[k]).name());
                values.add(rowBars.get(top[k]).values().clone());
            }
            if (rows.size() > kept) {
                double[] other = new double[OPTIONS.size()];
                for (int i = 0; i < rows.size(); i++)
                    if (!shown[i]) for (int o = 0; o < OPTIONS.size(); o++) other[o] += rowBars.get(i).values()[o];
                names.add("Other " + (rows.size() - kept) + " blocks");
                values.add(other);
            }
        }
        double tallest = 0;
        for (int o = 0; o < OPTIONS.size(); o++) {
            double stack = 0;
            for (double[] v : values) stack += v[o];
            tallest = Math.max(tallest, stack);
        }
        scaleTo(tallest);
        if (names.size() == getData().size()) {
            // the same number of blocks stacked: rename and move the bars that changed, keep every node
            for (int s = 0; s < names.size(); s++) {
                XYChart.Series<String, Number> one = getData().get(s);
                if (!names.get(s).equals(one.getName())) one.setName(names.get(s));
                for (int o = 0; o < OPTIONS.size(); o++) {
                    XYChart.Data<String, Number> d = one.getData().get(o);
                    if (d.getYValue().doubleValue() != values.get(s)[o]) d.setYValue(values.get(s)[o]);
                }
            }
        } else {
            List<XYChart.Series<String, Number>> series = new ArrayList<>();
            for (int s = 0; s < names.size(); s++) {
                XYChart.Series<String, Number> one = new XYChart.Series<>();
                one.setName(names.get(s));
                for (int o = 0; o < OPTIONS.size(); o++) one.getData().add(new XYChart.Data<>(OPTIONS.get(o), values.get(s)[o]));
                series.add(one);
            }
            getData().setAll(series);
        }
        showLegend();
        // JavaFX drops a layout request the chart makes while its parent is laying out (as after a block is added),
        // leaving the chart marked dirty under a clean parent: later edits would then move values but never redraw
        if (isNeedsLayout()) requestParentLayout();
    }

    /** A missing price stacks nothing, so the title says how many blocks' bars lack one rather than let them look smaller. */
    private void sayMissing(long missing) {
        String title = missing == 0 ? TITLE : TITLE + " · " + missing + (missing == 1 ? " block's" : " blocks'")
                + " missing prices not stacked";
        if (!title.equals(getTitle())) setTitle(title);
    }

    /** One legend entry a series, in its bars' colour, reusing the labels already there. */
    private void showLegend() {
        List<Node> items = legend.getChildren();
        while (items.size() > getData().size()) items.remove(items.size() - 1);
        for (int s = 0; s < getData().size(); s++) {
            XYChart.Series<String, Number> one = getData().get(s);
            if (s == items.size()) {
                Region symbol = new Region();
                symbol.getStyleClass().addAll("chart-legend-item-symbol", "chart-bar", "bar-legend-symbol");
                Label item = new Label(one.getName(), symbol);
                item.getStyleClass().add("chart-legend-item");
                items.add(item);
            }
            Label item = (Label) items.get(s);
            if (!one.getName().equals(item.getText())) item.setText(one.getName());
            String colour = colourOf(one);
            List<String> classes = item.getGraphic().getStyleClass();
            if (!classes.contains(colour)) {
                classes.removeIf(c -> c.startsWith("default-color"));
                classes.add(colour);
            }
        }
    }

    /** The colour class the chart gave a series' bars, e.g. "default-color2". */
    private static String colourOf(XYChart.Series<String, Number> series) {
        Node bar = series.getData().isEmpty() ? null : series.getData().get(0).getNode();
        if (bar != null) for (String c : bar.getStyleClass()) if (c.startsWith("default-color")) return c;
        return "default-color0";
    }

    /** The legend's entries, as shown. */
    public List<String> legendEntries() {
        return legend.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    /**
     * Keeps the scale while the tallest bar fits it and fills more than a third of it; otherwise moves it to the
     * next round figure (1, 2 or 5 × a power of ten) above the tallest bar, in five ticks.
     */
    private void scaleTo(double tallest) {
        NumberAxis axis = (NumberAxis) getYAxis();
        double top = axis.getUpperBound();
        if (tallest <= top && tallest > top / 3 && axis.getLowerBound() == 0) return;
        double round = roundAbove(tallest);
        axis.setLowerBound(0);
        axis.setUpperBound(round);
        axis.setTickUnit(round / 5);
    }

    /** The smallest of 1, 2, 5 × 10^k at or above {@code value} (1 for nothing to show). */
    static double roundAbove(double value) {
        if (!(value > 0)) return 1;
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 5, 10}) if (step * power >= value) return step * power;
        return 10 * power;
    }

    /** The figure stacked for one option: priced as shown, On-Demand where the option does not apply, else nothing. */
    /** A row's stacked figure in each column, its cost under its chosen option, and whether a column lacks its price. */
    private record Bars(BigDecimal chosen, double[] values, boolean missing) {
        static Bars of(CostRow r) {
            double[] v = new double[OPTIONS.size()];
            boolean missing = false;
            for (int o = 0; o < OPTIONS.size(); o++) {
                v[o] = value(r, CELLS.get(o), r).doubleValue();
                missing |= CELLS.get(o).apply(r).kind() == OptionCell.Kind.MISSING;
            }
            return new Bars(value(r, CostRow::chosen, r), v, missing);
        }
    }

    /** The bars of the rows last shown, by row. */
    private Map<CostRow, Bars> bars = new IdentityHashMap<>();

    private static BigDecimal value(CostRow r, Function<CostRow, OptionCell> option, CostRow row) {
        OptionCell c = option.apply(r);
        if (c.monthly() != null) return c.monthly();
        if (c.kind() == OptionCell.Kind.NOT_APPLICABLE && row.onDemand().monthly() != null) return row.onDemand().monthly();
        return BigDecimal.ZERO;
    }
}
