package dev.costbench.ui.inspector;

import dev.costbench.model.Block;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One editable parameter of a block kind: how to read it from the record, how to make the edited
 * record, and the rule a new value must meet given the rest of the block (null when it does).
 */
public record BlockField<B extends Block>(String key, String category, String name, String description, FieldType type,
                                          Function<B, Object> get, BiFunction<B, Object, B> set,
                                          BiFunction<B, Object, String> rule) {

    @SuppressWarnings("unchecked")
    public Object read(Block block) { return get.apply((B) block); }

    @SuppressWarnings("unchecked")
    public Block write(Block block, Object value) { return set.apply((B) block, value); }

    /** Why {@code value} cannot be set on {@code block}, or null when it can. */
    @SuppressWarnings("unchecked")
    public String problem(Block block, Object value) { return rule == null ? null : rule.apply((B) block, value); }
}
