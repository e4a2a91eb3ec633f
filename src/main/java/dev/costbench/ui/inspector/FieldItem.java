package dev.costbench.ui.inspector;

import dev.costbench.model.Block;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One row of the inspector's property sheet. Reading shows the selected block's current value; setting
 * hands the edited block to {@code edit} (which makes it an undo step) unless the value is unchanged.
 */
public final class FieldItem implements PropertySheet.Item {
    private final BlockField<?> field;
    private final Supplier<Block> block;
    private final Edit edit;

    /** Receives the block before and after an edit of this field. */
    @FunctionalInterface
    public interface Edit { void apply(BlockField<?> field, Block before, Block edited); }

    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");

    public FieldItem(BlockField<?> field, Supplier<Block> block, Edit edit) {
        this.field = field;
        this.block = block;
        this.edit = edit;
        refresh();
    }

    public BlockField<?> field() { return field; }

    /** Shows the block's value again, e.g. after undo. */
    public void refresh() {
        Block b = block.get();
        if (b == null) return;
        // only a changed value reaches the editor: an edit of one field leaves the others' editors untouched
        Object now = field.read(b);
        if (!java.util.Objects.equals(now, value.get())) value.set(now);
    }

    /** Why {@code v} cannot be set, or null. */
    public String problem(Object v) {
        Block b = block.get();
        return b == null ? null : field.problem(b, v);
    }

    @Override public Class<?> getType() { return Object.class; }
    @Override public String getCategory() { return field.category(); }
    @Override public String getName() { return field.name(); }
    @Override public String getDescription() { return field.description(); }
    @Override public Object getValue() { return value.get(); }

    @Override
    public void setValue(Object v) {
        Block current = block.get();
        if (current == null || same(v, field.read(current))) return;
        if (field.problem(current, v) != null) return;
        edit.apply(field, current, field.write(current, v));
    }

    /** 2 and 2.0 are the same number: typing one over the other is not an edit. */
    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) return x.compareTo(y) == 0;
        return Objects.equals(a, b);
    }

    @Override public Optional<ObservableValue<? extends Object>> getObservableValue() { return Optional.of(value); }
}
