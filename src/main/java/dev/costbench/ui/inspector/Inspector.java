package dev.costbench.ui.inspector;

import dev.costbench.model.Block;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.CostReport;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionCost;
import dev.costbench.ui.cost.OptionCell;
import javafx.scene.control.Tooltip;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.EditBlock;
import dev.costbench.ui.command.EditorState;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.List;

/**
 * Every parameter of the selected block, with an editor that fits its kind. Edits become undo steps
 * through the command stack; no-op edits are skipped; invalid input never reaches the model.
 */
public final class Inspector extends VBox {
    private final Workbench workbench;
    private final Label title = new Label();
    private final Label hint = new Label();
    private final Label notes = new Label();
    private final PropertySheet sheet = new PropertySheet();
    private final Label linesTitle = new Label();
    private final VBox lines = new VBox(2);
    private String shownId;
    private List<String> shownKeys = List.of();
    private String shownRegion;
    private Block shownBlock;
    private final javafx.scene.control.Button loadProfile = new javafx.scene.control.Button("Load profile…");
    private final TagEditor tags;
    private java.util.function.Consumer<Block> onLoadProfile;
    private java.util.function.Predicate<Block> hasLoadProfile = b -> false;

    public Inspector(Workbench workbench) {
        this.workbench = workbench;
        setId("inspector");
        getStyleClass().add("inspector");
        setSpacing(6);
        setPadding(new Insets(8));
        title.getStyleClass().add("panel-title");
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.managedProperty().bind(hint.visibleProperty());
        notes.getStyleClass().add("block-notes");
        notes.setWrapText(true);
        notes.managedProperty().bind(notes.visibleProperty());
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> editorFor((FieldItem) item));
        // the sheet takes the height of its rows; the window scrolls the whole inspector when it is taller
        sheet.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        linesTitle.getStyleClass().add("panel-title");
        lines.setId("inspector-cost-lines");
        lines.getStyleClass().add("cost-lines");
        for (javafx.scene.Node n : new javafx.scene.Node[]{linesTitle, lines}) n.managedProperty().bind(n.visibleProperty());
        loadProfile.setId("inspector-load-profile");
        loadProfile.managedProperty().bind(loadProfile.visibleProperty());
        loadProfile.setVisible(false);
        loadProfile.setOnAction(e -> workbench.selectedBlock().ifPresent(b -> { if (onLoadProfile != null) onLoadProfile.accept(b); }));
        tags = new TagEditor((what, edited) -> workbench.execute(new EditBlock(what, edited)));
        tags.managedProperty().bind(tags.visibleProperty());
        tags.setVisible(false);
        getChildren().addAll(title, hint, sheet, tags, loadProfile, notes, linesTitle, lines);
        setMinWidth(280);
        setPrefWidth(370);
        workbench.commands().stateProperty().addListener((o, a, s) -> show(s));
        workbench.repricer().reportProperty().addListener((o, a, r) -> showNotes(r));
        show(workbench.state());
    }

    private PropertyEditor<?> editorFor(FieldItem item) {
        PropertyEditor<?> editor = switch (item.field().type()) {
            case FieldType.Text t -> new TextEditor(item);
            case FieldType.WholeNumber w -> new NumberEditor(item);
            case FieldType.Decimal d -> new NumberEditor(item);
            case FieldType.Choice c -> new ChoiceEditor(item);
            case FieldType.InstanceTypeChoice i -> new InstanceTypeEditor(item, workbench.catalog(), workbench.scenario().region());
        };
        // a modest preferred width leaves the names column room to show the full parameter name
        if (editor.getEditor() instanceof javafx.scene.layout.Region r) r.setPrefWidth(170);
        return editor;
    }

    private void show(EditorState state) {
        Block block = workbench.selectedBlock().orElse(null);
        if (block == null) {
            shownId = null;
            shownBlock = null;
            shownKeys = List.of();
            sheet.getItems().clear();
            sheet.setVisible(false);
            tags.setVisible(false);
            tags.show(null);
            loadProfile.setVisible(false);
            // frames are edited in the diagram part below; only blocks count here
            long n = state.selection().stream().filter(id -> state.scenario().block(id).isPresent()).count();
            boolean framesOnly = n == 0 && !state.selection().isEmpty();
            title.setText(n == 0 ? "Inspector" : n + " blocks selected");
            hint.setText(n == 0 ? "Select a block to edit its size, usage and purchase option." : "Select one block to edit it.");
            title.setVisible(!framesOnly);
            title.setManaged(!framesOnly);
            hint.setVisible(!framesOnly);
            notes.setVisible(false);
            showLines(null);
            return;
        }
        sheet.setVisible(true);
        tags.setVisible(true);
        tags.show(block);
        hint.setVisible(false);
        title.setVisible(true);
        title.setManaged(true);
        loadProfile.setVisible(onLoadProfile != null && hasLoadProfile.test(block));
        title.setText(block.kind().displayName());
        List<BlockField<?>> fields = BlockFields.of(block);
        List<String> keys = fields.stream().map(BlockField::key).toList();
        String region = state.scenario().region();
        if (block.id().equals(shownId) && keys.equals(shownKeys) && region.equals(shownRegion)) {
            if (!block.equals(shownBlock)) sheet.getItems().forEach(i -> ((FieldItem) i).refresh());
        } else {
            String id = block.id();
            sheet.getItems().setAll(fields.stream().map(f -> new FieldItem(f, () -> workbench.scenario().block(id).orElse(null), this::edit)).toList());
        }
        shownId = block.id();
        shownKeys = keys;
        shownRegion = region;
        shownBlock = block;
        showNotes(workbench.report());
    }

    private void edit(BlockField<?> field, Block before, Block edited) {
        workbench.execute(new EditBlock("Change " + field.name() + " of " + before.name(), edited));
    }

    /** The engine's warnings for the block (e.g. more pods than the nodes can hold) and the lines of its cost. */
    private void showNotes(CostReport report) {
        BlockCost cost = report == null || shownId == null ? null : report.block(shownId);
        List<String> warnings = cost == null ? List.of() : cost.warnings();
        notes.setText(String.join("\n", warnings.stream().map(w -> "⚠ " + w).toList()));
        notes.setVisible(!warnings.isEmpty());
        showLines(cost);
    }

    /**
     * How the monthly figure on the block is made up, each line with its rate's source in a tooltip. The line
     * labels are reused: a label created anew gets its skin during the next style pass, which sends JavaFX
     * round for another frame, and one in which nothing changed is drawn as the whole window.
     */
    private void showLines(BlockCost cost) {
        OptionCost chosen = cost == null ? null : cost.chosen();
        boolean show = chosen != null && (chosen.isPriced() || chosen.status() == OptionCost.Status.MISSING);
        linesTitle.setVisible(show);
        lines.setVisible(show);
        if (!show) {
            lines.getChildren().clear();
            return;
        }
        linesTitle.setText("Cost as " + cost.chosenOption().label() + ": " + OptionCell.of(chosen).text(" a month"));
        if (!chosen.isPriced()) {
            showLine(0, chosen.reason(), "field-problem", null);
            trimLines(1);
            return;
        }
        int i = 0;
        if (chosen.noChargeOfItsOwn()) showLine(i++, chosen.reason(), "cost-line", null);
        for (CostLine l : chosen.lines()) {
            boolean estimated = l.provenance() != null && l.provenance().isEstimated();
            showLine(i++, (estimated ? "~" : "") + Money.format(l.monthly()) + "  " + l.description(),
                    estimated ? "cost-line-estimated" : "cost-line",
                    l.provenance() == null ? null : l.quantity().stripTrailingZeros().toPlainString() + " " + l.unit()
                            + " × $" + l.unitPrice().stripTrailingZeros().toPlainString() + "\n" + l.provenance().describe());
        }
        trimLines(i);
    }

    /** Shows line {@code index} of the cost lines, reusing its label if there is one. */
    private void showLine(int index, String text, String style, String tooltip) {
        Label line;
        if (index < lines.getChildren().size()) line = (Label) lines.getChildren().get(index);
        else {
            line = new Label();
            line.setWrapText(true);
            line.getStyleClass().add(style);
            lines.getChildren().add(line);
        }
        line.setText(text);
        if (!line.getStyleClass().contains(style)) {
            line.getStyleClass().removeAll("cost-line", "cost-line-estimated", "field-problem");
            line.getStyleClass().add(style);
        }
        if (tooltip == null) line.setTooltip(null);
        else if (line.getTooltip() == null) line.setTooltip(new Tooltip(tooltip));
        else line.getTooltip().setText(tooltip);
    }

    private void trimLines(int count) {
        if (lines.getChildren().size() > count) lines.getChildren().remove(count, lines.getChildren().size());
    }

    public PropertySheet sheet() { return sheet; }

    /** Shows "Load profile…" for the blocks {@code applies} accepts; the button hands the selected block to {@code open}. */
    public void setOnLoadProfile(java.util.function.Predicate<Block> applies, java.util.function.Consumer<Block> open) {
        hasLoadProfile = applies;
        onLoadProfile = open;
        show(workbench.state());
    }
}
