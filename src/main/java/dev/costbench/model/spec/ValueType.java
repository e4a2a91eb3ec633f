package dev.costbench.model.spec;

import java.math.BigDecimal;
import java.util.List;

/** What a block field holds and which values it accepts: the one statement of its limits. */
public sealed interface ValueType {

    /** A whole number from {@code min} to {@code max}; a percent is one from 0 to 100 with the unit "%". */
    record Whole(long min, long max) implements ValueType {}

    /** A decimal from {@code min} (exclusive when {@code minExclusive}) to {@code max}. */
    record Decimal(BigDecimal min, boolean minExclusive, BigDecimal max) implements ValueType {}

    /** One of a fixed set of names as the file writes them, each with the label the window shows. */
    record Choice(List<Option> options) implements ValueType {
        public Choice { options = List.copyOf(options); }

        public List<String> names() { return options.stream().map(Option::name).toList(); }

        /** The file's own spelling of {@code name} (matched ignoring case, as the reader always has), or null. */
        public String find(String name) {
            for (Option o : options) if (o.name().equalsIgnoreCase(name)) return o.name();
            return null;
        }

        public String label(String name) {
            for (Option o : options) if (o.name().equals(name)) return o.label();
            return name;
        }
    }

    /** One choice: its name in the file and its label in the window. */
    record Option(String name, String label) {}

    /** Free text; {@code required} means it may not be blank. */
    record Text(boolean required) implements ValueType {}

    /** An EC2 instance type from the price catalog; {@code armOnly} for a Graviton twin. */
    record InstanceType(boolean armOnly, boolean required) implements ValueType {}

    /** A structured value (a list or an object) whose parts have their own rules. */
    record Nested(String shape) implements ValueType {}
}
