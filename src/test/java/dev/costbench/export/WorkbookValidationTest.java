package dev.costbench.export;

import dev.costbench.export.xlsx.WorkbookExporter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataValidationType;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The inputs refuse what the design file refuses: list inputs show their dropdown arrow (showDropDown="true"
 * hides it in Excel and LibreOffice), counts take whole numbers in their field's range, percentages 0–100 %,
 * sizes and rates of traffic figures of 0 or more.
 */
class WorkbookValidationTest {
    @TempDir Path dir;

    @Test
    void listInputsShowTheirArrowAndNumbersAreValidatedByTheirFieldsLimits() throws Exception {
        Path out = dir.resolve("web-shop.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.webShop()), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            XSSFSheet sheet = wb.wb.getSheet("Assumptions");
            int lists = 0;
            for (CTDataValidation v : sheet.getCTWorksheet().getDataValidations().getDataValidationArray()) {
                if (v.getType() != STDataValidationType.LIST) continue;
                lists++;
                assertFalse(v.isSetShowDropDown() && v.getShowDropDown(), v.getSqref() + ": showDropDown=\"true\" hides the arrow");
            }
            assertEquals(2, lists, "purchase options and the free tier");

            DataValidation desired = validationOf(wb, sheet, "s1_web_desired");
            assertEquals(DataValidationConstraint.ValidationType.INTEGER, desired.getValidationConstraint().getValidationType());
            assertEquals("0", desired.getValidationConstraint().getFormula1(), "no negative count");
            assertTrue(desired.getShowErrorBox());
            assertTrue(desired.getErrorBoxText().contains("whole number"), desired.getErrorBoxText());

            DataValidation pct = validationOf(wb, sheet, "s1_web_onDemandPercentAboveBase");
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL, pct.getValidationConstraint().getValidationType());
            assertEquals("0", pct.getValidationConstraint().getFormula1());
            assertEquals("1", pct.getValidationConstraint().getFormula2(), "a fraction: 100 % is 1");

            DataValidation hours = validationOf(wb, sheet, "HoursPerMonth");
            assertEquals(DataValidationConstraint.ValidationType.DECIMAL, hours.getValidationConstraint().getValidationType());
        }
    }

    @Test
    void aMisspelledOptionIsNamedOnSummaryAndNoTotalIsSilentlyLow() throws Exception {
        Path out = dir.resolve("typo.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.webShop()), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            // pasted past the list's validation, as a reviewer's paste would be
            var cell = wb.cell("Assumptions", wb.rowOf("Assumptions", 6, "s1_web_option"), 4);
            var row = cell.getRow();
            row.removeCell(cell);
            row.createCell(4).setCellValue("reserved/1y/standrad/no-upfront");
            var evaluator = wb.wb.getCreationHelper().createFormulaEvaluator();
            evaluator.clearAllCachedResultValues();
            evaluator.evaluateAll();
            int web = wb.rowOf("Summary", 1, "Web tier");
            assertEquals("not an option key: reserved/1y/standrad/no-upfront", wb.text("Summary", web, 15));
            assertEquals("not an option key: reserved/1y/standrad/no-upfront (Assumptions: pick one from the list)",
                    wb.text("Summary", web, 5));
            int total = wb.rowOf("Summary", 1, "Total");
            assertTrue(wb.text("Summary", total, 6).startsWith("#ERROR"), "the total is not a figure: " + wb.text("Summary", total, 6));
        }
    }

    @Test
    void inputLabelsAreTheBlockKindsFieldLabels() throws Exception {
        Path out = dir.resolve("labels.xlsx");
        WorkbookExporter.write(Designs.priced(Designs.webShop()), out);
        try (WorkbookReader wb = new WorkbookReader(out)) {
            var asg = dev.costbench.model.spec.BlockSpecs.of(dev.costbench.model.BlockKind.ASG);
            for (String field : new String[]{"desired", "onDemandPercentAboveBase"})
                assertEquals(asg.field(field).label(), wb.text("Assumptions", wb.rowOf("Assumptions", 6, "s1_web_" + field), 3),
                        field + ": the label the window and the file format give it");
        }
    }

    private static DataValidation validationOf(WorkbookReader wb, XSSFSheet sheet, String name) {
        int row = wb.rowOf("Assumptions", 6, name);
        DataValidation found = null;
        for (DataValidation v : sheet.getDataValidations())
            for (var r : v.getRegions().getCellRangeAddresses())
                if (r.isInRange(row - 1, 4)) found = v;
        assertNotNull(found, name + " is validated");
        return found;
    }
}
