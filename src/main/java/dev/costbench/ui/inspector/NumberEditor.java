package dev.costbench.ui.inspector;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.controlsfx.property.editor.PropertyEditor;

import dev.costbench.model.spec.FieldSpec;

import java.math.BigDecimal;

/**
 * A text field for a whole or decimal number. Every keystroke is checked and the reason shown under the
 * field; Enter or leaving the field commits a valid value, and nothing reaches the model while it is invalid.
 * Escape puts the model's value back.
 */
final class NumberEditor implements PropertyEditor<Object> {
    private final FieldItem item;
    private final TextField text = new TextField();
    private final Label message = new Label();
    private final VBox box = new VBox(2, text, message);
    private Object shown;

    NumberEditor(FieldItem item) {
        this.item = item;
        String key = item.field().key();
        text.setId("field-" + key);
        message.setId("field-" + key + "-problem");
        message.getStyleClass().add("field-problem");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        text.textProperty().addListener((o, a, t) -> check(t));
        text.setOnAction(e -> commit());
        text.focusedProperty().addListener((o, was, is) -> { if (!is) commit(); });
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                setValue(item.getValue());
                e.consume();
            }
        });
        ChangeListener<Object> modelChanged = (o, a, v) -> setValue(v);
        item.getObservableValue().ifPresent(v -> v.addListener(modelChanged));
    }

    /** The parsed value, or null with the problem shown. */
    private Object check(String input) {
        Object value = null;
        String problem;
        try {
            value = parse(input.strip());
            problem = value == null && !isOptional() ? "Enter a number" : value == null ? null : range(value);
            if (problem == null && value != null) problem = sentence(item.problem(value));
        } catch (NumberFormatException e) {
            problem = sentence(spec().wrongType());
        }
        message.setText(problem == null ? "" : problem);
        message.setVisible(problem != null);
        text.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), problem != null);
        return problem == null ? value : INVALID;
    }

    private static final Object INVALID = new Object();

    private boolean isOptional() { return item.field().type() instanceof FieldType.Decimal d && d.optional(); }

    private Object parse(String s) {
        if (s.isEmpty()) return null;
        String plain = s.replace(",", "").replace("_", "");
        return item.field().type() instanceof FieldType.WholeNumber ? (Object) Long.parseLong(plain) : new BigDecimal(plain);
    }

    /** The field's limit as its spec words it, the same words the design file's reader uses. */
    private String range(Object value) {
        BigDecimal v = value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value;
        return sentence(spec().problem(v));
    }

    private FieldSpec spec() {
        return switch (item.field().type()) {
            case FieldType.WholeNumber w -> w.spec();
            case FieldType.Decimal d -> d.spec();
            default -> throw new IllegalStateException("a number editor on " + item.field().key());
        };
    }

    /** "must be from 0 to 100 %" reads "Must be from 0 to 100 %" under the field. */
    private static String sentence(String s) { return s == null ? null : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    private void commit() {
        Object value = check(text.getText());
        if (value == INVALID) return;
        item.setValue(value);
    }

    @Override public Node getEditor() { return box; }

    @Override public Object getValue() { return shown; }

    @Override
    public void setValue(Object value) {
        shown = value;
        text.setText(value == null ? "" : value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : value.toString());
        check(text.getText());
    }
}
