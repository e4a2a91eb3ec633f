package dev.costbench.ui.inspector;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.controlsfx.property.editor.PropertyEditor;

/** One of a fixed list (an enum or the purchase options); picking a value commits it. */
final class ChoiceEditor implements PropertyEditor<Object> {
    /** Stands for "not set" (e.g. the scenario's default option): a ComboBox cannot show a null item. */
    private static final Object NOT_SET = new Object();
    private final ComboBox<Object> combo = new ComboBox<>();
    private boolean updating;

    ChoiceEditor(FieldItem item) {
        FieldType.Choice choice = (FieldType.Choice) item.field().type();
        combo.setId("field-" + item.field().key());
        choice.values().forEach(v -> combo.getItems().add(v == null ? NOT_SET : v));
        combo.setVisibleRowCount(14);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override public String toString(Object o) { return o == null ? "" : choice.label().apply(o == NOT_SET ? null : o); }
            @Override public Object fromString(String s) { return null; }
        });
        combo.valueProperty().addListener((o, a, v) -> { if (!updating && v != null) item.setValue(v == NOT_SET ? null : v); });
        item.getObservableValue().ifPresent(v -> v.addListener((o, a, n) -> setValue(n)));
    }

    @Override public Node getEditor() { return combo; }
    @Override public Object getValue() { return combo.getValue() == NOT_SET ? null : combo.getValue(); }

    @Override
    public void setValue(Object value) {
        updating = true;
        try {
            combo.setValue(value == null && combo.getItems().contains(NOT_SET) ? NOT_SET : value);
        } finally {
            updating = false;
        }
    }
}
