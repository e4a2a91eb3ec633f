package dev.costbench.ui.find;

import dev.costbench.model.Block;
import dev.costbench.model.KeySize;
import dev.costbench.ui.Workbench;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Edit → Find (Ctrl+F): type part of a block's name, kind or instance type; the matches list as you type, and
 * Enter or a click selects the block and scrolls the canvas to it.
 */
public final class FindDialog {
    private final Workbench workbench;
    private final Consumer<String> reveal;
    private final Dialog<Void> dialog = new Dialog<>();
    private final TextField query = new TextField();
    private final ListView<Block> matches = new ListView<>();

    public FindDialog(Workbench workbench, Consumer<String> reveal, Window owner) {
        this.workbench = workbench;
        this.reveal = reveal;
        dialog.setTitle("Find");
        dialog.setHeaderText("Find a block by name, kind or instance type");
        if (owner != null) dialog.initOwner(owner);
        query.setId("find-query");
        query.setPromptText("e.g. Orders, lambda, m5.xlarge");
        matches.setId("find-matches");
        matches.setPrefSize(380, 220);
        matches.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Block b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.name() + "  —  " + b.kind().displayName() + ", " + KeySize.of(b));
            }
        });
        query.textProperty().addListener((o, a, q) -> {
            matches.getItems().setAll(BlockSearch.find(workbench.scenario(), q));
            if (!matches.getItems().isEmpty()) matches.getSelectionModel().selectFirst();
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) { matches.requestFocus(); e.consume(); }
        });
        query.setOnAction(e -> goTo(matches.getSelectionModel().getSelectedItem()));
        matches.setOnMouseClicked(e -> goTo(matches.getSelectionModel().getSelectedItem()));
        matches.setOnKeyPressed(e -> { if (e.getCode() == KeyCode.ENTER) goTo(matches.getSelectionModel().getSelectedItem()); });
        dialog.getDialogPane().setContent(new VBox(8, query, matches));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setOnShown(e -> query.requestFocus());
    }

    /** Selects the block and brings it into view; the dialog stays open for the next search. */
    public void goTo(Block b) {
        if (b == null) return;
        workbench.select(Set.of(b.id()));
        reveal.accept(b.id());
    }

    public void show() { dialog.show(); }

    public Dialog<Void> dialog() { return dialog; }

    public TextField query() { return query; }

    public ListView<Block> matches() { return matches; }
}
