package dev.costbench.ui.inspector;

import dev.costbench.model.Block;
import dev.costbench.model.Tags;
import dev.costbench.model.spec.TagRules;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The selected block's tags as a small key/value table: rename a key, change a value, remove a tag or add one. Each
 * change is one undoable edit of the block (handed to {@code apply} with its description); a key or value AWS's tag
 * rules refuse ({@link TagRules}) is named under the table and never reaches the design.
 */
final class TagEditor extends VBox {
    private final BiConsumer<String, Block> apply;
    private final GridPane table = new GridPane();
    private final Label problem = new Label();
    private final TextField newKey = new TextField(), newValue = new TextField();
    private Block block;
    private Tags shown;

    TagEditor(BiConsumer<String, Block> apply) {
        this.apply = apply;
        setId("inspector-tags");
        setSpacing(4);
        Label title = new Label("Tags");
        title.getStyleClass().add("panel-title");
        table.setHgap(4);
        table.setVgap(4);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        table.getColumnConstraints().addAll(grow, grow, new ColumnConstraints());
        problem.setId("tag-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        newKey.setId("tag-new-key");
        newKey.setPromptText(String.join(", ", Tags.SUGGESTED_KEYS) + "…");
        newValue.setId("tag-new-value");
        newValue.setPromptText("value");
        Button add = new Button("Add");
        add.setId("tag-add");
        add.setOnAction(e -> add());
        newValue.setOnAction(e -> add());
        getChildren().addAll(title, table, problem);
        table.addRow(0, newKey, newValue, add);
    }

    /** Shows {@code b}'s tags; the table is rebuilt only when they changed, so a field being typed in keeps its text. */
    void show(Block b) {
        boolean same = block != null && b != null && block.id().equals(b.id()) && b.tags().equals(shown);
        block = b;
        if (same) return;
        shown = b == null ? Tags.NONE : b.tags();
        problem.setVisible(false);
        table.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> e : shown.entries().entrySet()) {
            String key = e.getKey();
            TextField k = new TextField(key), v = new TextField(e.getValue());
            k.setId("tag-key-" + row);
            v.setId("tag-value-" + row);
            Button remove = new Button("✕");
            remove.setId("tag-remove-" + row);
            remove.setOnAction(a -> edit("Remove tag " + key, block.tags().without(key)));
            k.setOnAction(a -> renameKey(key, k));
            k.focusedProperty().addListener((o, was, now) -> { if (!now) renameKey(key, k); });
            v.setOnAction(a -> changeValue(key, v));
            v.focusedProperty().addListener((o, was, now) -> { if (!now) changeValue(key, v); });
            table.addRow(row++, k, v, remove);
        }
        newKey.clear();
        newValue.clear();
        Button add = (Button) lookup("#tag-add");
        table.addRow(row, newKey, newValue, add == null ? addButton() : add);
    }

    private Button addButton() {
        Button add = new Button("Add");
        add.setId("tag-add");
        add.setOnAction(e -> add());
        return add;
    }

    private void renameKey(String key, TextField field) {
        String to = field.getText();
        if (block == null || to.equals(key) || !block.tags().entries().containsKey(key)) return;
        String refused = TagRules.keyProblem(to);
        if (refused == null && block.tags().entries().containsKey(to)) refused = "the block already has a tag " + to;
        if (refused != null) refuse(refused);
        else edit("Rename tag " + key + " to " + to, block.tags().renamed(key, to));
    }

    private void changeValue(String key, TextField field) {
        String to = field.getText();
        if (block == null || to.equals(block.tags().get(key)) || !block.tags().entries().containsKey(key)) return;
        String refused = TagRules.valueProblem(to);
        if (refused != null) refuse(refused);
        else edit("Change tag " + key, block.tags().with(key, to));
    }

    private void add() {
        if (block == null) return;
        String key = newKey.getText().strip(), value = newValue.getText();
        String refused = TagRules.keyProblem(key);
        if (refused == null && block.tags().entries().containsKey(key)) refused = "the block already has a tag " + key + "; change its value above";
        if (refused == null) refused = TagRules.valueProblem(value);
        if (refused == null && block.tags().entries().size() >= TagRules.PER_BLOCK)
            refused = "a block may have at most " + TagRules.PER_BLOCK + " tags, as an AWS resource may";
        if (refused != null) refuse(refused);
        else edit("Add tag " + key, block.tags().with(key, value));
    }

    private void refuse(String why) {
        problem.setText(Character.toUpperCase(why.charAt(0)) + why.substring(1));
        problem.setVisible(true);
    }

    private void edit(String what, Tags tags) {
        problem.setVisible(false);
        apply.accept(what + " of " + block.name(), block.withTags(tags));
    }

    /** The keys shown, in order (for tests). */
    List<String> keys() { return new ArrayList<>(shown.entries().keySet()); }
}
