package dev.costbench.ui.inspector;

import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.Scenario;
import dev.costbench.model.TrafficText;
import dev.costbench.model.spec.BlockSpecs;
import dev.costbench.model.spec.FieldSpec;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.EditConnection;
import dev.costbench.ui.command.EditContainer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * The inspector's part for what is not a block: a selected frame (name, zone, address range, size) or a selected
 * connection (protocol, GB a month each way as the spec states them, and a free-text traffic label). Each field commits on Enter or when it loses the keyboard, as one
 * undo step; a value that did not change is no step.
 */
public final class DiagramItemInspector extends VBox {
    private final Workbench workbench;
    private final ObservableValue<Connection> selectedConnection;
    private final Label title = new Label();
    private final GridPane fields = new GridPane();
    private String shownKey;
    private Connection linkShown;
    private final Label problem = new Label();

    public DiagramItemInspector(Workbench workbench, ObservableValue<Connection> selectedConnection) {
        this.workbench = workbench;
        this.selectedConnection = selectedConnection;
        setId("diagram-item-inspector");
        setSpacing(6);
        title.getStyleClass().add("panel-title");
        problem.setId("connection-problem");
        problem.setWrapText(true);
        fields.setHgap(8);
        fields.setVgap(6);
        getChildren().addAll(title, fields);
        managedProperty().bind(visibleProperty());
        workbench.commands().stateProperty().addListener(o -> show());
        selectedConnection.addListener(o -> show());
        show();
    }

    private void show() {
        Container c = selectedContainer();
        Connection link = c == null && workbench.selection().isEmpty() ? selectedConnection.getValue() : null;
        setVisible(c != null || link != null);
        // rebuild only when another item is shown: a field being typed in keeps its caret
        String key = c != null ? "container:" + c : link != null ? "connection:" + link : null;
        if (key == null || key.equals(shownKey)) {
            shownKey = key;
            return;
        }
        shownKey = key;
        fields.getChildren().clear();
        if (c != null) showContainer(c);
        else {
            linkShown = link;
            showConnection(link);
        }
    }

    private Container selectedContainer() {
        if (workbench.selection().size() != 1) return null;
        return workbench.scenario().container(workbench.selection().iterator().next()).orElse(null);
    }

    private void showContainer(Container c) {
        title.setText(c.kind().displayName());
        int row = 0;
        field(row++, "Name", "container-name", c.name(), v -> edit("Rename " + c.name(), c.withName(v.isBlank() ? c.kind().displayName() : v.strip())));
        if (c.kind() == ContainerKind.AVAILABILITY_ZONE)
            field(row++, "Zone", "container-zone", c.zone(), v -> edit("Change zone of " + c.name(), c.withZone(blankToNull(v))));
        if (c.kind() == ContainerKind.VPC || c.kind().isSubnet())
            field(row++, "CIDR", "container-cidr", c.cidr(), v -> edit("Change address range of " + c.name(), c.withCidr(blankToNull(v))));
        field(row++, "Width", "container-width", plain(c.width()), v -> size(c, v, true));
        field(row, "Height", "container-height", plain(c.height()), v -> size(c, v, false));
    }

    private void size(Container c, String text, boolean width) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            shownKey = null;
            show();
            return;
        }
        double min = width ? Container.MIN_WIDTH : Container.MIN_HEIGHT;
        v = Math.max(min, v);
        edit("Resize " + c.name(), width ? c.withBounds(c.x(), c.y(), v, c.height()) : c.withBounds(c.x(), c.y(), c.width(), v));
    }

    private void showConnection(Connection link) {
        Scenario s = workbench.scenario();
        title.setText("Connection: " + s.block(link.from()).map(b -> b.name()).orElse(link.from()) + " → "
                + s.block(link.to()).map(b -> b.name()).orElse(link.to()));
        field(0, "Protocol", "connection-protocol", link.protocol(),
                v -> workbench.execute(new EditConnection(current(link).withLabels(current(link).traffic(), v))));
        FieldSpec sent = BlockSpecs.CONNECTION.get(0), returned = BlockSpecs.CONNECTION.get(1);
        gbField(2, sent, "connection-sent", link.sentGbPerMonth(), true);
        gbField(3, returned, "connection-returned", link.returnedGbPerMonth(), false);
        field(1, "Traffic label", "connection-traffic", link.traffic(), v -> {
            Connection now = current(link);
            // a label that states GB a month ("2 TB/month") is the GB sent, as an older file's label is read
            BigDecimal stated = TrafficText.monthlyGb(v);
            workbench.execute(stated != null
                    ? new EditConnection("Change connection traffic", now.withLabels(null, now.protocol()).withTraffic(stated, now.returnedGbPerMonth()))
                    : new EditConnection(now.withLabels(v, now.protocol())));
        });
        problem.setText("");
        fields.add(problem, 0, 4, 2, 1);
    }

    /** A GB-a-month field: empty clears it; a number outside the spec's limit is refused, naming the limit. */
    private void gbField(int row, FieldSpec spec, String id, BigDecimal value, boolean sent) {
        field(row, spec.label(), id, value == null ? null : value.stripTrailingZeros().toPlainString(), text -> {
            Connection now = current(linkShown);
            BigDecimal v;
            try {
                v = text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                problem.setText(spec.label() + ": \"" + text.strip() + "\" is not a number");
                return;
            }
            String outside = v == null ? null : spec.problem(v);
            if (outside != null) {
                problem.setText(spec.label() + ": " + outside);
                return;
            }
            problem.setText("");
            workbench.execute(new EditConnection("Change connection traffic",
                    sent ? now.withTraffic(v, now.returnedGbPerMonth()) : now.withTraffic(now.sentGbPerMonth(), v)));
        });
    }

    /** The connection as it is now: the other label may have been edited since the fields were made. */
    private Connection current(Connection link) {
        return workbench.scenario().connections().stream().filter(link::sameEnds).findFirst().orElse(link);
    }

    private void edit(String description, Container edited) { workbench.execute(new EditContainer(description, edited)); }

    private void field(int row, String name, String id, String value, Consumer<String> commit) {
        TextField f = new TextField(value == null ? "" : value);
        f.setId(id);
        GridPane.setHgrow(f, Priority.ALWAYS);
        f.setOnAction(e -> commit.accept(f.getText()));
        f.focusedProperty().addListener((o, was, now) -> { if (was && !now) commit.accept(f.getText()); });
        fields.add(new Label(name), 0, row);
        fields.add(f, 1, row);
    }

    private static String blankToNull(String v) { return v == null || v.isBlank() ? null : v.strip(); }

    private static String plain(double v) { return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v); }
}
