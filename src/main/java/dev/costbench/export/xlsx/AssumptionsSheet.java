package dev.costbench.export.xlsx;

import dev.costbench.model.purchase.PurchaseOption;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

import dev.costbench.pricing.Money;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.lambda.FreeTierAllowance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * The inputs every figure depends on, one per row with a defined name: hours per month, Spot interruption
 * overhead, currency and exchange rate; per scenario the Lambda free tier; per block its purchase option
 * (validated against the option keys) and its counts and usage. Derived figures (Spot/On-Demand split, tasks
 * per instance, capacity units…) are formulas over the inputs in the same table, so the chain is visible.
 */
final class AssumptionsSheet {
    static final String NAME = "Assumptions";
    static final int COL_VALUE = 4;
    private static final String ALL = "All scenarios";

    /** One row of the sheet, planned before anything is written so that names exist before formulas use them. */
    record Planned(int row, String scenario, String block, String kind, AssumptionRow input, String name, InputLimit limit) {
        Planned(int row, String scenario, String block, String kind, AssumptionRow input, String name) {
            this(row, scenario, block, kind, input, name, InputLimit.NON_NEGATIVE);
        }
    }

    private AssumptionsSheet() {}

    /**
     * Defines every input's name and writes the title, header and validations; returns the rows to stream. The
     * workbook-wide and scenario inputs are POI names, as the sheets' headers parse formulas over them; the block
     * inputs' names, thousands at scale, go to {@code blockNames}, written into the file as it is zipped.
     */
    static List<Planned> frame(Workbook wb, Sheet sheet, Styles st, Layout layout, String title, InjectedNames blockNames) {
        List<Planned> rows = plan(layout);
        Ref here = new Ref(NAME);
        for (Planned p : rows) {
            if (!p.block().isEmpty()) {
                blockNames.add(p.name(), here.cell(COL_VALUE, p.row()));
                continue;
            }
            Name name = wb.createName();
            name.setNameName(p.name());
            name.setRefersToFormula(here.cell(COL_VALUE, p.row()));
        }
        RowWriter.at(sheet, 1).text(0, "Assumptions", st.title);
        RowWriter.at(sheet, 2).text(0, "Blue figures on yellow are inputs: change one and every line item, option and "
                + "total follows. Black figures are formulas over the inputs. Each value has the name formulas use.", st.subtitle);
        int last = rows.isEmpty() ? Layout.TABLE_HEADER_ROW + 1 : rows.getLast().row();
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, List.of(
                new SheetFrame.Column("Scenario", 16), new SheetFrame.Column("Block", 24),
                new SheetFrame.Column("Kind", 18), new SheetFrame.Column("Input", 30),
                new SheetFrame.Column("Value", 40), new SheetFrame.Column("Unit", 12),
                new SheetFrame.Column("Name in formulas", 28), new SheetFrame.Column("Note", 60)), last, title);
        List<CellRangeAddress> options = new ArrayList<>(), yesNo = new ArrayList<>();
        for (Planned p : rows) {
            if (p.input().role() != AssumptionRow.Role.OPTION) continue;
            CellRangeAddress cell = new CellRangeAddress(p.row() - 1, p.row() - 1, COL_VALUE, COL_VALUE);
            if (p.input().field().equals("option")) options.add(cell);
            else if (p.input().field().equals("free_tier")) yesNo.add(cell);
        }
        validate(sheet, options, sheet.getDataValidationHelper().createFormulaListConstraint(GlobalInputs.OPTION_KEYS),
                "Purchase option", "Pick one of the " + PurchaseOption.ALL.size() + " option keys (see the Scenarios sheet).");
        DataValidationHelper h = sheet.getDataValidationHelper();
        validate(sheet, yesNo, h.createExplicitListConstraint(new String[]{"yes", "no"}), "Free tier", "yes or no");
        numbers(sheet, rows);
        return rows;
    }

    /** Writes the planned rows in order (the sheet may be streaming). */
    static void rows(Sheet sheet, Styles st, List<Planned> rows) {
        for (Planned p : rows) {
            AssumptionRow in = p.input();
            RowWriter w = RowWriter.at(sheet, p.row())
                    .text(0, p.scenario(), st.text).text(1, p.block(), st.text).text(2, p.kind(), st.text)
                    .text(3, in.label(), st.text).text(5, in.unit(), st.text).text(6, p.name(), st.note)
                    .text(7, in.note(), st.note);
            switch (in.role()) {
                case INPUT -> w.number(COL_VALUE, in.number(), st.inputNumber);
                case PERCENT -> w.number(COL_VALUE, in.number(), st.inputPercent);
                case DERIVED -> w.formula(COL_VALUE, in.formula(), st.quantity, in.number());
                case OPTION, TEXT -> w.text(COL_VALUE, in.text(), st.inputText);
            }
        }
    }

    private static void validate(Sheet sheet, List<CellRangeAddress> cells, org.apache.poi.ss.usermodel.DataValidationConstraint c,
                                 String title, String text) {
        if (cells.isEmpty()) return;
        CellRangeAddressList list = new CellRangeAddressList();
        cells.forEach(list::addCellRangeAddress);
        DataValidation v = sheet.getDataValidationHelper().createValidation(c, list);
        v.setShowErrorBox(true);
        v.createErrorBox(title, text);
        // POI writes "suppress = false" as showDropDown="true", which Excel and LibreOffice read as "hide the
        // arrow" (the attribute's name says the opposite of what it does): "true" here shows the list's arrow
        if (c.getValidationType() == org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.LIST)
            v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    /**
     * Every number input accepts what the design file accepts for its field (the block kind's spec in model/spec):
     * a count only whole numbers in its range, a size or a rate of traffic a non-negative decimal; a percentage
     * (held as a fraction) 0 to 100 %. An input with no field in the spec (a load level) accepts any figure ≥ 0.
     */
    private static void numbers(Sheet sheet, List<Planned> rows) {
        Map<String, List<CellRangeAddress>> cells = new LinkedHashMap<>();
        Map<String, org.apache.poi.ss.usermodel.DataValidationConstraint> constraints = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        DataValidationHelper h = sheet.getDataValidationHelper();
        for (Planned p : rows) {
            AssumptionRow in = p.input();
            if (in.role() != AssumptionRow.Role.INPUT && in.role() != AssumptionRow.Role.PERCENT) continue;
            InputLimit limit = in.role() == AssumptionRow.Role.PERCENT ? InputLimit.PERCENT : p.limit();
            String key = limit.text();
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(new CellRangeAddress(p.row() - 1, p.row() - 1, COL_VALUE, COL_VALUE));
            constraints.computeIfAbsent(key, k -> limit.whole()
                    ? h.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, limit.min(), limit.max())
                    : h.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, limit.min(), limit.max()));
            titles.putIfAbsent(key, limit.whole() ? "Whole number" : "Number");
        }
        for (Map.Entry<String, List<CellRangeAddress>> e : cells.entrySet())
            validate(sheet, e.getValue(), constraints.get(e.getKey()), titles.get(e.getKey()), "Must be " + e.getKey() + ".");
    }

    /** What a number input accepts, as a spreadsheet validation and in words. */
    record InputLimit(boolean whole, String min, String max, String text) {
        static final InputLimit PERCENT = new InputLimit(false, "0", "1", "a percentage from 0% to 100%");
        static final InputLimit NON_NEGATIVE = new InputLimit(false, "0", "1E+15", "a number of 0 or more");

        /** The limit of {@code field} of a block of {@code kind}, from the kind's spec. */
        static InputLimit of(dev.costbench.model.BlockKind kind, String field) {
            dev.costbench.model.spec.FieldSpec spec = spec(kind, field);
            if (spec == null) return NON_NEGATIVE;
            return switch (spec.type()) {
                case dev.costbench.model.spec.ValueType.Whole w ->
                        new InputLimit(true, Long.toString(w.min()), Long.toString(w.max()), "a whole number " + spec.limit());
                case dev.costbench.model.spec.ValueType.Decimal d -> new InputLimit(false,
                        d.minExclusive() ? d.min().add(new BigDecimal("0.000001")).toPlainString() : d.min().toPlainString(),
                        d.max().toPlainString(), "a number " + spec.limit());
                default -> NON_NEGATIVE;
            };
        }

        static dev.costbench.model.spec.FieldSpec spec(dev.costbench.model.BlockKind kind, String field) {
            // a nested field, "capacityProviders[1].weight", is the provider's "weight"; a load level has no spec
            List<dev.costbench.model.spec.FieldSpec> entry = entryFields(field);
            if (entry != null && field.contains(".")) {
                String name = field.substring(field.indexOf('.') + 1);
                for (dev.costbench.model.spec.FieldSpec f : entry)
                    if (f.json().equals(name)) return f;
                return null;
            }
            dev.costbench.model.spec.KindSpec k = dev.costbench.model.spec.BlockSpecs.of(kind);
            return k != null && k.knows(field) ? k.field(field) : null;
        }
    }

    /** The fields of one entry of a list field ({@code capacityProviders[1].weight}, {@code overrides[0].weight}), else null. */
    static List<dev.costbench.model.spec.FieldSpec> entryFields(String field) {
        if (field.startsWith("capacityProviders[")) return dev.costbench.model.spec.BlockSpecs.CAPACITY_PROVIDER;
        if (field.startsWith("overrides[")) return dev.costbench.model.spec.BlockSpecs.ASG_OVERRIDE;
        return null;
    }

    /**
     * An input's label as the window and the file-format docs give it: the block kind's spec (model/spec) names
     * every field once; a row with no field in the spec (a load level, a derived figure) keeps the rule's words.
     */
    static AssumptionRow labelled(dev.costbench.model.BlockKind kind, AssumptionRow in) {
        if (in.role() == AssumptionRow.Role.DERIVED || in.role() == AssumptionRow.Role.OPTION) return in;
        dev.costbench.model.spec.FieldSpec spec = InputLimit.spec(kind, in.field());
        if (spec == null || spec.label() == null || spec.label().isBlank()) return in;
        String label = entryFields(in.field()) != null ? in.label() : spec.label();
        return new AssumptionRow(in.role(), label, in.field(), in.number(), in.text(), in.formula(), in.unit(), in.note());
    }

    private static List<Planned> plan(Layout layout) {
        List<Planned> out = new ArrayList<>();
        int row = Layout.TABLE_HEADER_ROW + 1;
        out.add(new Planned(row++, ALL, "", "", AssumptionRow.input("Hours per month", "hours", Money.HOURS_PER_MONTH, "hours",
                "AWS prices a month as " + Money.HOURS_PER_MONTH + " hours"), GlobalInputs.HOURS_PER_MONTH,
                new InputLimit(false, "0", "744", "a number of hours from 0 to 744 (31 days)")));
        out.add(new Planned(row++, ALL, "", "", AssumptionRow.percent("Spot interruption overhead", "spot", BigDecimal.ZERO,
                "added to every Spot cost for re-run work and replacement capacity"), GlobalInputs.SPOT_OVERHEAD));
        out.add(new Planned(row++, ALL, "", "", new AssumptionRow(AssumptionRow.Role.OPTION, "Currency", "currency", null, GlobalInputs.DEFAULT_CURRENCY,
                null, "code", "the currency of every money column"), GlobalInputs.CURRENCY));
        out.add(new Planned(row++, ALL, "", "", AssumptionRow.input("Exchange rate", "rate", BigDecimal.ONE, "per USD",
                "AWS prices in USD; money columns show USD × this rate (unit prices stay USD)"), GlobalInputs.EXCHANGE_RATE,
                new InputLimit(false, "0.000001", "1E+15", "a rate above 0")));
        out.add(new Planned(row++, ALL, "", "", AssumptionRow.text("Exchange rate source", "rate_source", "none: USD as AWS prices",
                "where the exchange rate comes from (a bank, a central bank's reference rate, the finance team's plan rate)"),
                GlobalInputs.RATE_SOURCE));
        out.add(new Planned(row++, ALL, "", "", AssumptionRow.text("Exchange rate date", "rate_date", "",
                "the date the exchange rate was taken"), GlobalInputs.RATE_DATE));
        for (ScenarioPlan s : layout.scenarios) {
            out.add(new Planned(row++, s.name(), "", "", new AssumptionRow(AssumptionRow.Role.OPTION, "Lambda free tier",
                    "free_tier", null, s.priced().scenario().lambdaFreeTier() ? "yes" : "no", null, "yes / no",
                    SizeText.count(FreeTierAllowance.FREE_REQUESTS) + " requests and "
                            + SizeText.count(FreeTierAllowance.FREE_GB_SECONDS.longValueExact()) + " GB-seconds a month, to Lambda functions in file order"),
                    GlobalInputs.lambdaFreeTier(s.number())));
            out.add(new Planned(row++, s.name(), "", "", AssumptionRow.percent("Private pricing discount (EDP)", "discount",
                    BigDecimal.ZERO, "taken off every line of the scenario's blocks (hourly, monthly and upfront, Spot too), "
                            + "as an Enterprise Discount Program discount applies to the account's AWS spend"),
                    GlobalInputs.discount(s.number())));
        }
        // a kind's field has one limit: worked out once, not once per block (its words are formatted numbers)
        Map<String, InputLimit> limits = new HashMap<>();
        for (BlockPlan b : layout.blocks) {
            for (AssumptionRow raw : ComponentModel.assumptions(b)) {
                AssumptionRow in = labelled(b.block.kind(), raw);
                InputLimit limit = limits.computeIfAbsent(b.block.kind().name() + "/" + in.field(), k -> InputLimit.of(b.block.kind(), in.field()));
                out.add(new Planned(row++, b.scenario.scenario().name(), b.block.name(), b.block.kind().displayName(), in,
                        b.names.of(in.field()), limit));
            }
        }
        return out;
    }

}
