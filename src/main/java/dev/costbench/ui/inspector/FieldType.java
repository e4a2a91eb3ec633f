package dev.costbench.ui.inspector;

import dev.costbench.model.spec.FieldSpec;

import java.util.List;
import java.util.function.Function;

/** What kind of value a block field holds, which decides its editor and how typed text is checked. */
public sealed interface FieldType {

    /** Free text; {@code required} means it may not be blank. */
    record Text(boolean required) implements FieldType {}

    /** A whole number within the limit of its field's spec, which also words the limit. */
    record WholeNumber(FieldSpec spec) implements FieldType {}

    /** A decimal within the limit of its field's spec; {@code optional} lets it be left empty. */
    record Decimal(FieldSpec spec, boolean optional) implements FieldType {}

    /** One of a fixed list, shown by {@code label}. */
    record Choice(List<?> values, Function<Object, String> label) implements FieldType {}

    /**
     * An EC2 instance type from the catalog; {@code armOnly} for Graviton overrides; {@code blank} is what the list's
     * first entry means when the type may be left out, or null when one must be picked.
     */
    record InstanceTypeChoice(boolean armOnly, Blank blank) implements FieldType {}

    /** The entry above the instance types, and what choosing it does. */
    enum Blank {
        /** The Graviton twin: let the engine pick the newest arm64 type that is not dearer. */
        AUTOMATIC("Automatic", "newest Graviton not dearer"),
        /** A listed type of an Auto Scaling group: take it off the list. */
        REMOVE("Remove this type", "the group no longer launches it");

        final String label;
        final String detail;

        Blank(String label, String detail) {
            this.label = label;
            this.detail = detail;
        }
    }
}
