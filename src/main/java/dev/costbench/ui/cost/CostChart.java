package dev.costbench.ui.cost;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Monthly cost by block, stacked, for each way of buying: the largest blocks by cost get their own
 * colour and the rest are summed as "Other", so the chart stays readable on large designs. A block an
 * option does not apply to is stacked at its On-Demand cost, as in the totals.
 */
public final class CostChart extends StackedBarChart<String, Number> {
    static final int SHOWN_BLOCKS = 7;
    private static final List<String> OPTIONS = List.of("OD", "Best RI", "Best SP", "Spot", "Chosen", "Graviton");
    private static final List<Function<CostRow, OptionCell>> CELLS = List.of(CostRow::onDemand, CostRow::bestReserved,
            CostRow::bestSavingsPlan, CostRow::spot, CostRow::chosen, CostRow::graviton);

    public CostChart() {
        super(new CategoryAxis(), new NumberAxis());
        setId("cost-chart");
        setAnimated(false);
        setLegendVisible(true);
        setTitle("Monthly cost by block");
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        ((NumberAxis) getYAxis()).setTickLabelFormatter(new NumberAxis.DefaultFormatter((NumberAxis) getYAxis(), "$", null));
        ((CategoryAxis) getXAxis()).getCategories().setAll(OPTIONS);
        setCategoryGap(14);
        ((CategoryAxis) getXAxis()).setTickLabelRotation(0);
        setMinHeight(160);
    }

    public void show(List<CostRow> all) {
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        if (!all.isEmpty()) {
            List<CostRow> rows = all.stream().filter(r -> !r.total())
                    .sorted(Comparator.comparing((CostRow r) -> value(r, CostRow::chosen, r)).reversed()).toList();
            double[] other = new double[OPTIONS.size()];
            for (int i = 0; i < rows.size(); i++) {
                CostRow r = rows.get(i);
                if (i < SHOWN_BLOCKS || rows.size() == SHOWN_BLOCKS + 1) {
                    XYChart.Series<String, Number> s = new XYChart.Series<>();
                    s.setName(r.name());
                    for (int o = 0; o < OPTIONS.size(); o++)
                        s.getData().add(new XYChart.Data<>(OPTIONS.get(o), value(r, CELLS.get(o), r).doubleValue()));
                    series.add(s);
                } else {
                    for (int o = 0; o < OPTIONS.size(); o++) other[o] += value(r, CELLS.get(o), r).doubleValue();
                }
            }
            if (rows.size() > SHOWN_BLOCKS + 1) {
                XYChart.Series<String, Number> s = new XYChart.Series<>();
                s.setName("Other " + (rows.size() - SHOWN_BLOCKS) + " blocks");
                for (int o = 0; o < OPTIONS.size(); o++) s.getData().add(new XYChart.Data<>(OPTIONS.get(o), other[o]));
                series.add(s);
            }
        }
        getData().setAll(series);
    }

    /** The figure stacked for one option: priced as shown, On-Demand where the option does not apply, else nothing. */
    private static BigDecimal value(CostRow r, Function<CostRow, OptionCell> option, CostRow row) {
        OptionCell c = option.apply(r);
        if (c.monthly() != null) return c.monthly();
        if (c.kind() == OptionCell.Kind.NOT_APPLICABLE && row.onDemand().monthly() != null) return row.onDemand().monthly();
        return BigDecimal.ZERO;
    }
}
