package dev.costbench.model.spec;

import dev.costbench.model.Architecture;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Tags;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.model.spec.Fields.choice;
import static dev.costbench.model.spec.Fields.field;

/** The fields every block has, whatever its kind. */
final class Common {
    private Common() {}

    static final ValueType.Choice ARCHITECTURE = choice(Architecture.values(), Architecture::awsName, Architecture::awsName);

    // a canvas position this far out is a corrupted file, not a drawing
    static final BigDecimal CANVAS_EDGE = BigDecimal.valueOf(10_000_000);
    static final int MAX_ID_LENGTH = 200;

    static final List<FieldSpec> FIELDS = List.of(
            field("id", "Id", "The block's name in connections and frames; unique in the scenario", null,
                    new ValueType.Text(true), null, b -> b.id()),
            field("kind", "Kind", "What the block is", null,
                    choice(BlockKind.values(), BlockKind::fileName, BlockKind::displayName), null, b -> b.kind().fileName()),
            field("name", "Name", "What the architects call this block", null, new ValueType.Text(true), null, b -> b.name()),
            field("purchaseOption", "Purchase option",
                    "How this block's capacity is bought; the scenario's default when not set. An option that does not apply "
                            + "to the block (e.g. Reserved on Lambda) is priced On-Demand.", null,
                    new ValueType.Text(false), null, b -> b.purchaseOption()),
            field("x", "x", "Position on the canvas", "px",
                    new ValueType.Decimal(CANVAS_EDGE.negate(), false, CANVAS_EDGE), 0L, b -> b.x()),
            field("y", "y", "Position on the canvas", "px",
                    new ValueType.Decimal(CANVAS_EDGE.negate(), false, CANVAS_EDGE), 0L, b -> b.y()),
            field(Tags.FIELD, "Tags", "Free key/value pairs such as environment, team or cost centre, by AWS's tag rules; "
                            + "costs can be totalled by a tag's values", null,
                    new ValueType.Nested("object {key: value}"), null, b -> b.tags().isEmpty() ? null : b.tags()));
}
