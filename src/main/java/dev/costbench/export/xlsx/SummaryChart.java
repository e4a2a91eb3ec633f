package dev.costbench.export.xlsx;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A horizontal bar chart of monthly cost by block (chosen options) for the first scenario, below the
 * totals. It reads the Summary cells, so it redraws when an input changes. A chart of hundreds of bars
 * is unreadable, so it shows the first {@value #MAX_BARS} blocks and says so.
 */
final class SummaryChart {
    static final int MAX_BARS = 40;

    private SummaryChart() {}

    /** The last row (1-based) the chart covers, for the print area. */
    static int lastRow(Layout layout) {
        int top = layout.scenarios.isEmpty() ? Layout.TABLE_HEADER_ROW + 2 : layout.scenarios.getLast().summaryTotalRow() + 1;
        if (layout.scenarios.isEmpty() || layout.scenarios.getFirst().isEmpty()) return top;
        return top + Math.max(14, Math.min(layout.scenarios.getFirst().blocks().size(), MAX_BARS) + 6) + 1;
    }

    /** The row (1-based) the chart starts on, below the totals after one blank row; 0 when there is no chart. */
    static int top(Layout layout) {
        if (layout.scenarios.isEmpty() || layout.scenarios.getFirst().isEmpty()) return 0;
        return layout.scenarios.getLast().summaryTotalRow() + 2;
    }

    static void add(Sheet sheet, Layout layout) {
        if (!(sheet instanceof XSSFSheet xs) || layout.scenarios.isEmpty() || layout.scenarios.getFirst().isEmpty()) return;
        ScenarioPlan s = layout.scenarios.getFirst();
        int first = s.firstSummaryRow(), last = Math.min(s.lastSummaryRow(), first + MAX_BARS - 1);
        int bars = last - first + 1;
        int top = layout.scenarios.getLast().summaryTotalRow() + 1;
        XSSFDrawing drawing = xs.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 1, top, SummarySheet.COL_BOUGHT + 1, lastRow(layout) - 1));
        String scope = bars < s.blocks().size() ? " (first " + bars + " of " + s.blocks().size() + " blocks)" : "";
        chart.setTitleText("Monthly cost by block, chosen options — " + s.name() + scope);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis blocks = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis cost = chart.createValueAxis(AxisPosition.BOTTOM);
        cost.setCrosses(AxisCrosses.AUTO_ZERO);
        blocks.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, blocks, cost);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(xs, new CellRangeAddress(first - 1, last - 1, SummarySheet.COL_NAME, SummarySheet.COL_NAME)),
                XDDFDataSourcesFactory.fromNumericCellRange(xs, new CellRangeAddress(first - 1, last - 1, SummarySheet.COL_MONTHLY, SummarySheet.COL_MONTHLY)));
        series.setTitle("Monthly", null);
        // LibreOffice draws a series without an explicit fill as empty bars
        XDDFShapeProperties look = new XDDFShapeProperties();
        look.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[]{(byte) 0x3B, (byte) 0x6E, (byte) 0xA5})));
        series.setShapeProperties(look);
        chart.plot(data);
    }
}
