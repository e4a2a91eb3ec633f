package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a finance reviewer relies on besides the figures: sheets, names, input validation, printing, properties. */
class WorkbookStructureTest {
    @TempDir Path dir;

    private WorkbookReader export() throws Exception {
        Path out = dir.resolve("structure.xlsx");
        WorkbookExporter.write(HandPricedDesign.of("Web tier", "Workers"), out);
        return new WorkbookReader(out);
    }

    @Test
    void sheetsComeInReadingOrderWithLegalNames() throws Exception {
        try (WorkbookReader wb = export()) {
            List<String> names = new ArrayList<>();
            for (Sheet s : wb.wb) names.add(s.getSheetName());
            assertEquals(List.of("Summary", "Scenarios", "Cash flow", "Assumptions", "Line items", "Purchase options", "Graviton", "Sources", "Source notes", "Notes", "By tag"), names);
            assertEquals(0, wb.wb.getActiveSheetIndex());
        }
    }

    @Test
    void inputsHaveNamesAndThePurchaseOptionIsAValidatedList() throws Exception {
        try (WorkbookReader wb = export()) {
            for (String n : new String[]{"HoursPerMonth", "SpotInterruptionOverhead", "CurrencyCode", "ExchangeRate",
                    "s1_LambdaFreeTier", "s1_g1_option", "s1_g1_desired", "s1_g2_od_instances", "OptionKeys"})
                assertNotNull(wb.wb.getName(n), n);
            Name hours = wb.wb.getName("HoursPerMonth");
            assertEquals("Assumptions!$E$5", hours.getRefersToFormula());
            assertEquals(730, wb.number("Assumptions", 5, 4));
            assertEquals("Scenarios!$B$9:$B$34", wb.wb.getName("OptionKeys").getRefersToFormula());
            assertEquals("on-demand", wb.text("Scenarios", 9, 1));
            assertEquals("savings-plan/ec2-instance/3y/all-upfront", wb.text("Scenarios", 34, 1));

            XSSFSheet assumptions = wb.wb.getSheet("Assumptions");
            List<? extends DataValidation> validations = assumptions.getDataValidations();
            DataValidation options = validations.stream()
                    .filter(v -> "OptionKeys".equals(v.getValidationConstraint().getFormula1())).findFirst().orElseThrow();
            int optionRow = wb.rowOf("Assumptions", 6, "s1_g1_option");
            boolean covered = false;
            for (var r : options.getRegions().getCellRangeAddresses()) covered |= r.isInRange(optionRow - 1, 4);
            assertTrue(covered, "the option cell is validated");
            assertTrue(options.getShowErrorBox());
        }
    }

    @Test
    void tablesFreezeTheirHeaderFilterAndPrintLandscapeOnOnePageWide() throws Exception {
        try (WorkbookReader wb = export()) {
            for (Sheet s : wb.wb) {
                XSSFSheet x = (XSSFSheet) s;
                if (s.getSheetName().equals("Source notes")) {
                    // two short tables under their own headings: no frozen or repeated header, which would belong to one
                    assertTrue(x.getPrintSetup().getLandscape(), s.getSheetName() + " prints landscape");
                    continue;
                }
                PaneInformation pane = x.getPaneInformation();
                assertNotNull(pane, s.getSheetName() + " freezes panes");
                // Purchase options has three header rows: the figure over its group of columns, each option's label and key
                boolean options = s.getSheetName().equals("Purchase options");
                int header = options ? EngineFigures.OPTION_KEY_ROW : 4;
                assertEquals(header, pane.getHorizontalSplitPosition(), s.getSheetName() + " freezes below the header row");
                assertTrue(x.getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has an auto-filter");
                assertTrue(x.getPrintSetup().getLandscape(), s.getSheetName() + " prints landscape");
                if (s.getSheetName().equals("Summary")) {
                    // 15 columns one page wide would print at about 6 pt: at 80 % in two halves, names repeated beside
                    // the money, across before down, the chart on a page of its own
                    assertFalse(x.getFitToPage(), s.getSheetName());
                    assertEquals(80, x.getPrintSetup().getScale(), s.getSheetName());
                    assertTrue(x.getPrintSetup().getLeftToRight(), s.getSheetName() + " prints across, then down");
                    assertEquals(1, x.getRepeatingColumns().getLastColumn(), s.getSheetName() + " repeats its names");
                    assertTrue(x.isColumnBroken(5), s.getSheetName() + " breaks after Bought as");
                } else if (s.getSheetName().equals("Cash flow")) {
                    // 45 columns fitted to a page's width would print at about 3 pt: full size across pages instead,
                    // with the scenario and block columns on every page
                    assertFalse(x.getFitToPage(), s.getSheetName());
                    assertEquals(1, x.getRepeatingColumns().getLastColumn(), s.getSheetName() + " repeats its names");
                } else {
                    assertTrue(x.getPrintSetup().getFitWidth() >= 1, s.getSheetName());
                    assertEquals(0, x.getPrintSetup().getFitHeight(), s.getSheetName());
                    assertTrue(x.getFitToPage(), s.getSheetName());
                }
                assertEquals(options ? 2 : 3, x.getRepeatingRows().getFirstRow(), s.getSheetName() + " repeats its header on every page");
                assertEquals(header - 1, x.getRepeatingRows().getLastRow(), s.getSheetName());
                if (options) assertEquals(4, pane.getVerticalSplitPosition(), s.getSheetName() + " keeps the block's names in view");
            }
        }
    }

    @Test
    void documentPropertiesSayWhenThePricesAreFrom() throws Exception {
        try (WorkbookReader wb = export()) {
            var core = wb.wb.getProperties().getCoreProperties();
            assertEquals("Hand-priced design", core.getTitle());
            // the rates the workbook uses run from the Spot Advisor's savings (2025-06-28) to the EC2 rates (2026-07-20),
            // as Summary says: not the catalog's own date alone
            assertEquals("AWS compute cost model, prices as of 2025-06-28 to 2026-07-20", core.getSubject());
            assertEquals("2025-06-28 to 2026-07-20", wb.wb.getProperties().getCustomProperties().getProperty("Prices as of").getLpwstr());
            String summaryTop = java.util.stream.IntStream.range(0, 8).boxed()
                    .flatMap(r -> java.util.stream.IntStream.range(0, 8).mapToObj(c -> wb.text("Summary", r, c)))
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(summaryTop.contains("Rates dated 2025-06-28 to 2026-07-20"), summaryTop);
            String sourcesTop = java.util.stream.IntStream.range(0, 4).mapToObj(r -> wb.text("Sources", r, 0))
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("\n"));
            assertTrue(sourcesTop.contains("rates of 2025-06-28 to 2026-07-20"), sourcesTop);
        }
    }

    @Test
    void sourcesListEachRateOnceWithItsProvenanceAndLineItemsReferToIt() throws Exception {
        try (WorkbookReader wb = export()) {
            // two rates: m5.xlarge On-Demand (published) and Spot (estimated, with its rule)
            assertEquals("S1", wb.text("Sources", 5, 0));
            assertEquals("ec2-od", wb.text("Sources", 5, 1));
            assertEquals("m5.xlarge On-Demand", wb.text("Sources", 5, 2));
            assertEquals("per instance-hour", wb.text("Sources", 5, 5));
            assertEquals(0.192, wb.number("Sources", 5, 6), 1e-12);
            assertEquals("published", wb.text("Sources", 5, 7));
            assertEquals("2026-07-20", wb.text("Sources", 5, 8));
            assertEquals("m5.xlarge Spot", wb.text("Sources", 6, 2));
            assertEquals("estimated", wb.text("Sources", 6, 7));
            // each source once on the next sheet (so the rates' header is not printed over it), the estimate with its rule
            int table = wb.rowOf("Source notes", 0, "Where the rates come from");
            assertEquals("ec2-od", wb.text("Source notes", table + 2, 1));
            int spot = table + 3;
            assertEquals("ec2-spot", wb.text("Source notes", spot, 1));
            assertEquals("Spot Advisor savings applied to On-Demand (as of 2025-06-28)", wb.text("Source notes", spot, 2));
            assertEquals("estimated: On-Demand × (1 − Spot Advisor saving)", wb.text("Source notes", spot, 3));
            // every Line items unit price is the Sources cell itself
            for (int row = 5; row <= 8; row++) {
                String f = wb.cell("Line items", row, 8).getCellFormula();
                assertTrue(f.equals("Sources!$G$5") || f.equals("Sources!$G$6"), f);
            }
        }
    }
}
