package dev.costbench.ui.inspector;

import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Rate;
import javafx.scene.Node;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.property.editor.PropertyEditor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's instance types priced in the scenario's region, searchable by typing, each shown with
 * vCPU, memory and On-Demand price. Graviton overrides list arm64 types only and can be left automatic; a group's
 * listed type can be removed.
 */
final class InstanceTypeEditor implements PropertyEditor<Object> {
    /** The value standing for the field's blank entry in the list (automatic, or remove this type). */
    static final String BLANK = "(none)";

    private final SearchableComboBox<String> combo = new SearchableComboBox<>();
    private boolean updating;

    InstanceTypeEditor(FieldItem item, PriceCatalog catalog, String region) {
        FieldType.InstanceTypeChoice type = (FieldType.InstanceTypeChoice) item.field().type();
        combo.setId("field-" + item.field().key());
        combo.setMaxWidth(Double.MAX_VALUE);
        List<String> names = new ArrayList<>(catalog.pricedInstanceTypes(region).stream()
                .filter(n -> !type.armOnly() || catalog.instanceType(n).map(InstanceType::isArm).orElse(false))
                .sorted(order(catalog)).toList());
        FieldType.Blank blank = type.blank();
        if (blank != null) names.add(0, BLANK);
        Object current = item.getValue();
        if (current instanceof String s && !names.contains(s)) names.add(s);
        combo.getItems().setAll(names);
        combo.setConverter(new StringConverter<>() {
            @Override public String toString(String name) {
                return name == null ? "" : BLANK.equals(name) ? blank.label + " (" + blank.detail + ")" : describe(catalog, region, name);
            }
            @Override public String fromString(String s) { return s; }
        });
        // the list shows vCPU, memory and price; the closed box only the name, so it fits the inspector
        combo.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty || name == null ? "" : BLANK.equals(name) ? blank.label : name);
            }
        });
        // two lines, the name over its vCPU, memory and price: one long line made the list wider than the
        // inspector, and its popup ran past the window's right edge
        combo.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            private final javafx.scene.control.Label title = new javafx.scene.control.Label();
            private final javafx.scene.control.Label detail = new javafx.scene.control.Label();
            private final javafx.scene.layout.VBox lines = new javafx.scene.layout.VBox(title, detail);
            {
                detail.getStyleClass().add("instance-type-detail");
                detail.setStyle("-fx-font-size: 0.85em; -fx-opacity: 0.8;");
                // however wide the inspector's labels make its name column, a row is as wide as the field (its
                // detail wraps under the name), so the list never runs past the window's right edge
                detail.setWrapText(true);
                lines.setMinWidth(0);
                lines.prefWidthProperty().bind(combo.widthProperty().subtract(64));
                lines.maxWidthProperty().bind(combo.widthProperty().subtract(64));
            }
            @Override protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(null);
                if (empty || name == null) { setGraphic(null); return; }
                if (BLANK.equals(name)) {
                    title.setText(blank.label);
                    detail.setText(blank.detail);
                } else {
                    String[] parts = describe(catalog, region, name).split(" · ", 2);
                    title.setText(parts[0]);
                    detail.setText(parts.length > 1 ? parts[1] : "");
                }
                setGraphic(lines);
            }
        });
        combo.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) item.setValue(BLANK.equals(v) ? null : v);
        });
        item.getObservableValue().ifPresent(v -> v.addListener((o, a, n) -> setValue(n)));
    }

    /** "m5.xlarge · 4 vCPU · 16 GiB · $0.192/h" */
    static String describe(PriceCatalog catalog, String region, String name) {
        Optional<InstanceType> spec = catalog.instanceType(name);
        Optional<Rate> od = catalog.onDemand(region, name);
        return name + spec.map(t -> " · " + t.shortSpec()).orElse("")
                + od.map(r -> " · $" + r.usd().stripTrailingZeros().toPlainString() + "/h").orElse(" · no price in " + region);
    }

    /** By family, then by size (vCPU), so m5.large comes before m5.xlarge. */
    private static Comparator<String> order(PriceCatalog catalog) {
        return Comparator.<String, String>comparing(n -> catalog.instanceType(n).map(InstanceType::family).orElse(n))
                .thenComparingInt(n -> catalog.instanceType(n).map(InstanceType::vcpu).orElse(0))
                .thenComparing(n -> n);
    }

    @Override public Node getEditor() { return combo; }
    @Override public Object getValue() { return BLANK.equals(combo.getValue()) ? null : combo.getValue(); }

    @Override
    public void setValue(Object value) {
        updating = true;
        try {
            combo.setValue(value == null ? (combo.getItems().contains(BLANK) ? BLANK : null) : (String) value);
        } finally {
            updating = false;
        }
    }
}
