package dev.costbench.export.xlsx;

import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.pricing.GravitonTwin;
import org.apache.poi.ss.usermodel.Sheet;

import java.util.List;

/**
 * Each block next to its Graviton (arm64) twin under the option the block is bought as (the twin's On-Demand
 * figure when that option does not apply to the twin, as the engine compares): monthly on x86, monthly on
 * the twin, saving and saving %. The twin's figure comes from its own Purchase options rows, so
 * it follows the inputs like everything else. "On Graviton" is what the design costs with every twin taken.
 */
final class GravitonSheet {
    static final String NAME = "Graviton";
    static final Ref REF = new Ref(NAME);
    static final int COL_TWIN = 4, COL_BOUGHT = 6, COL_DESIGN = 7, COL_ON_TWIN = 8, COL_SAVING = 9, COL_PCT = 10,
            COL_ON_GRAVITON = 11;
    private static final int RULE_WIDTH = 40, REASON_WIDTH = 44;

    private GravitonSheet() {}

    static void frame(Sheet sheet, Styles st, Layout layout, String title) {
        RowWriter.at(sheet, 1).text(0, "Graviton", st.title);
        RowWriter.at(sheet, 2).text(0, "Each block beside its arm64 twin under the option it is bought as. Saving = as "
                + "designed − twin. \"On Graviton\" counts the twin where there is one, else the block as designed.", st.subtitle);
        int last = layout.scenarios.isEmpty() ? Layout.TABLE_HEADER_ROW + 1 : layout.scenarios.getLast().gravitonTotalRow();
        SheetFrame.table(sheet, st, Layout.TABLE_HEADER_ROW, List.of(
                new SheetFrame.Column("Scenario", 14), new SheetFrame.Column("Block", 24),
                new SheetFrame.Column("Kind", 21), new SheetFrame.Column("Runs on", 16),
                new SheetFrame.Column("Graviton twin", 16), new SheetFrame.Column("How the twin was chosen", RULE_WIDTH),
                new SheetFrame.Column("Bought as", 26), new SheetFrame.Column("Monthly as designed", 13),
                new SheetFrame.Column("Monthly on twin", 13), new SheetFrame.Column("Saving / month", 12),
                new SheetFrame.Column("Saving %", 9), new SheetFrame.Column("On Graviton", 13),
                new SheetFrame.Column("Why no twin", REASON_WIDTH)), layout.lastGravitonRow, title);
        int h = Layout.TABLE_HEADER_ROW;
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_DESIGN, "Monthly as designed");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_ON_TWIN, "Monthly on twin");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_SAVING, "Saving / month");
        SheetFrame.moneyHeader(sheet, st.headerRight, h, COL_ON_GRAVITON, "On Graviton");
    }

    static void rows(Sheet sheet, Styles st, Layout layout) {
        for (BlockPlan b : layout.blocks) block(sheet, st, b);
        for (ScenarioPlan s : layout.scenarios) {
            RowWriter w = RowWriter.at(sheet, s.gravitonTotalRow()).text(0, s.name(), st.textBold).text(1, "Total", st.textBold);
            if (s.isEmpty()) continue;
            for (int col : new int[]{COL_DESIGN, COL_SAVING, COL_ON_GRAVITON}) {
                String range = SummarySheet.range(col, s.firstGravitonRow(), s.lastGravitonRow());
                List<Object> values = new java.util.ArrayList<>();
                for (BlockPlan b : s.blocks()) {
                    SummarySheet.Figures f = b.summary();
                    values.add(col == COL_DESIGN ? f.monthly() : col == COL_SAVING ? f.saving() : f.onGraviton());
                }
                w.formula(col, SummarySheet.unlessMissing(range, "SUM(" + range + ")"), st.moneyBold,
                        Cached.unlessMissing(values, Cached.sum(values)));
            }
        }
    }

    private static void block(Sheet sheet, Styles st, BlockPlan b) {
        int r = b.gravitonRow;
        GravitonTwin g = b.cost.graviton();
        String design = Ref.local(COL_DESIGN, r), twin = Ref.local(COL_ON_TWIN, r), saving = Ref.local(COL_SAVING, r);
        SummarySheet.Figures f = b.summary();
        RowWriter w = RowWriter.at(sheet, r)
                .text(0, b.scenario.scenario().name(), st.text)
                .text(1, b.block.name(), st.text)
                .text(2, b.block.kind().displayName(), st.text)
                .text(3, runsOn(b.block, g), st.text)
                .formula(COL_BOUGHT, SummarySheet.REF.cell(SummarySheet.COL_BOUGHT, b.summaryRow), st.text, f.bought().label())
                .formula(COL_DESIGN, SummarySheet.REF.cell(SummarySheet.COL_MONTHLY, b.summaryRow), st.money, f.monthly());
        if (b.hasTwin()) {
            w.text(COL_TWIN, g.twinType() != null ? g.twinType() : "arm64", st.text)
                    .wrapped(5, g.rule(), st.wrapped, RULE_WIDTH)
                    .formula(COL_ON_TWIN, onTwin(b), st.money, f.onTwin())
                    .formula(COL_SAVING, "IF(AND(ISNUMBER(" + design + "),ISNUMBER(" + twin + "))," + design + "-" + twin
                            + ",\"" + OptionStatus.NA_TEXT + "\")", st.money, f.saving())
                    .formula(COL_PCT, "IF(ISNUMBER(" + saving + "),IF(" + design + "<>0," + saving + "/" + design
                            + ",\"" + OptionStatus.NA_TEXT + "\"),\"" + OptionStatus.NA_TEXT + "\")", st.percent, f.savingPct())
                    .formula(COL_ON_GRAVITON, "IF(ISNUMBER(" + twin + ")," + twin + "," + design + ")", st.money, f.onGraviton());
        } else {
            w.text(COL_TWIN, OptionStatus.NA_TEXT, st.text)
                    .text(COL_ON_TWIN, OptionStatus.NA_TEXT, st.status)
                    .text(COL_SAVING, OptionStatus.NA_TEXT, st.status)
                    .text(COL_PCT, OptionStatus.NA_TEXT, st.status)
                    .formula(COL_ON_GRAVITON, design, st.money, f.onGraviton())
                    .wrapped(12, g == null ? "no twin" : g.reason(), st.wrapped, REASON_WIDTH);
        }
    }

    private static String runsOn(Block block, GravitonTwin g) {
        if (g != null && g.fromType() != null) return g.fromType();
        return switch (block) {
            case AutoScalingGroup a -> a.instanceType();
            case LoadBalancer l -> l.type().fileName().toUpperCase(java.util.Locale.ROOT);
            case EcsService s when s.launchType() == EcsService.LaunchType.EC2 -> s.instanceType();
            case EcsService s -> "Fargate " + s.architecture().awsName();
            case LambdaFunction f -> "Lambda " + f.architecture().awsName();
            case EksNodeGroup e when e.mode() == EksNodeGroup.Mode.MANAGED -> e.instanceType();
            case EksNodeGroup e -> "Fargate " + e.architecture().awsName();
            case BatchQueue q when q.compute() == BatchQueue.Compute.EC2 || q.compute() == BatchQueue.Compute.EC2_SPOT -> q.instanceType();
            case BatchQueue q -> "Fargate " + q.architecture().awsName();
            case dev.costbench.model.AppRunnerService r -> "App Runner x86_64";
            case EcrRepository e -> "ECR storage";
            case Ec2Instances i -> i.instanceType();
            case NatGateway n -> "NAT gateway";
            case Internet n -> "Internet";
        };
    }

    /**
     * The twin's monthly effective figure under the block's option (Summary's key), or the twin's On-Demand figure
     * when the option does not apply to the twin ("n/a"), as a scenario total counts it.
     */
    private static String onTwin(BlockPlan b) {
        String figure = "INDEX(" + PurchaseOptionsSheet.figures(PurchaseOptionsSheet.EFFECTIVE, b.twinOptionsRow) + ",MATCH("
                + SummarySheet.REF.cell(SummarySheet.COL_KEY, b.summaryRow) + "," + PurchaseOptionsSheet.keys(PurchaseOptionsSheet.EFFECTIVE) + ",0))";
        String onDemand = PurchaseOptionsSheet.REF.cell(PurchaseOptionsSheet.col(PurchaseOptionsSheet.EFFECTIVE,
                dev.costbench.model.purchase.PurchaseOption.ON_DEMAND), b.twinOptionsRow);
        return "IF(" + figure + "=\"" + OptionStatus.NA_TEXT + "\"," + onDemand + "," + figure + ")";
    }
}
