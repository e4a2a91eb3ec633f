package dev.costbench.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.property.editor.PropertyEditor;

/** A name or label; Enter or leaving the field commits, a required field may not be left blank. */
final class TextEditor implements PropertyEditor<Object> {
    private final FieldItem item;
    private final TextField text = new TextField();
    private final Label message = new Label("Must not be empty");
    private final VBox box = new VBox(2, text, message);

    TextEditor(FieldItem item) {
        this.item = item;
        text.setId("field-" + item.field().key());
        message.getStyleClass().add("field-problem");
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        boolean required = ((FieldType.Text) item.field().type()).required();
        text.textProperty().addListener((o, a, t) -> message.setVisible(required && t.isBlank()));
        text.setOnAction(e -> commit());
        text.focusedProperty().addListener((o, was, is) -> { if (!is) commit(); });
        item.getObservableValue().ifPresent(v -> v.addListener((o, a, n) -> setValue(n)));
    }

    private void commit() {
        if (message.isVisible()) return;
        item.setValue(text.getText().strip());
    }

    @Override public Node getEditor() { return box; }
    @Override public Object getValue() { return text.getText(); }
    @Override public void setValue(Object value) { text.setText(value == null ? "" : value.toString()); }
}
