package dev.costbench.ui.scenario;

import dev.costbench.model.Project;
import dev.costbench.model.Scenario;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.AddScenario;
import dev.costbench.ui.command.DeleteScenario;
import dev.costbench.ui.command.EditScenario;
import dev.costbench.ui.command.EditorState;
import dev.costbench.ui.command.RenameScenario;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenarios of the design as tabs, with add / duplicate / rename / delete, and the settings of the
 * scenario on screen: its region (one of the catalog's), its default purchase option and the Lambda free tier.
 */
public final class ScenarioBar extends HBox {
    /** The widest a scenario's tab grows, so a long name cannot push the other tabs out of sight. */
    static final double TAB_MAX_WIDTH = 260;
    private final Workbench workbench;
    private final HBox tabs = new HBox(2);
    private final ToggleGroup tabGroup = new ToggleGroup();
    private final ComboBox<String> region = new ComboBox<>();
    private final ComboBox<PurchaseOption> option = new ComboBox<>();
    private final CheckBox freeTier = new CheckBox("Lambda free tier");
    private boolean updating;
    /** The region list is being browsed with the keys: its value is not the scenario's until picked. */
    private boolean browsingRegions;

    public ScenarioBar(Workbench workbench) {
        this.workbench = workbench;
        setId("scenario-bar");
        getStyleClass().add("scenario-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        tabs.setId("scenario-tabs");
        tabs.setAlignment(Pos.CENTER_LEFT);
        ScrollPane tabScroll = new ScrollPane(tabs);
        tabScroll.getStyleClass().addAll("scenario-tabs", "edge-to-edge");
        tabScroll.setFitToHeight(true);
        tabScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tabScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        tabScroll.setMinWidth(120);
        HBox.setHgrow(tabScroll, Priority.ALWAYS);

        Button add = small("+", "New scenario", this::addScenario);
        add.setId("scenario-add");
        Button duplicate = small("Duplicate", "Duplicate this scenario", this::duplicateScenario);
        Button rename = small("Rename…", "Rename this scenario", this::renameScenario);
        Button delete = small("Delete", "Delete this scenario", this::deleteScenario);
        delete.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> workbench.project().scenarios().size() < 2, workbench.commands().stateProperty()));

        region.setId("scenario-region");
        region.getItems().setAll(workbench.catalog().regions());
        workbench.catalogProperty().addListener((o, a, c) -> {
            updating = true;
            try {
                region.getItems().setAll(c.regions());
                region.setValue(workbench.scenario().region());
            } finally {
                updating = false;
            }
        });
        region.setTooltip(new Tooltip("Region this scenario is priced in"));
        // the list says per region what is published, estimated or missing; the closed box shows the code only. Set
        // when the list first opens: the box's skin lays out a row of its hidden list at start, and each row reads
        // that region's whole price table, work the first frame does not show
        region.setOnShowing(e -> {
            if (region.getCellFactory() == null)
                region.setCellFactory(list -> new RegionCell(workbench::catalog,
                        () -> dev.costbench.catalog.coverage.PriceKind.neededBy(workbench.scenario())));
        });
        // the list's width is measured on its first row only: measuring all would read every region's prices at start
        region.getProperties().put("comboBoxRowsToMeasureWidth", 1);
        region.setPrefWidth(150);
        region.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override protected void updateItem(String r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty ? null : r);
            }
        });
        // arrow keys browse the regions and Enter, leaving the list or closing its popup picks one: one undo step, not one a key
        region.valueProperty().addListener((o, a, r) -> {
            if (!updating && r != null && !region.isShowing() && !browsingRegions) commitRegion();
        });
        region.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END -> browsingRegions = true;
                case ENTER -> commitRegion();
                default -> { }
            }
        });
        region.setOnHidden(e -> commitRegion());
        region.focusedProperty().addListener((o, was, now) -> { if (!now) commitRegion(); });
        option.setId("scenario-option");
        option.getItems().setAll(PurchaseOption.ALL);
        option.setConverter(new StringConverter<>() {
            @Override public String toString(PurchaseOption o) { return o == null ? "" : o.label(); }
            @Override public PurchaseOption fromString(String s) {
                return PurchaseOption.ALL.stream().filter(o -> o.label().equals(s)).findFirst().orElse(null);
            }
        });
        option.setVisibleRowCount(14);
        option.setTooltip(new Tooltip("How blocks that name no purchase option of their own are bought"));
        option.valueProperty().addListener((o, a, k) -> {
            if (!updating && k != null)
                workbench.execute(new EditScenario("Buy scenario as " + option.getConverter().toString(k), s -> s.withPurchaseOption(k)));
        });
        freeTier.setId("scenario-free-tier");
        freeTier.setTooltip(new Tooltip("Take the monthly Lambda free tier (1M requests, 400,000 GB-s) off this scenario"));
        freeTier.selectedProperty().addListener((o, a, on) -> {
            if (!updating) workbench.execute(new EditScenario(on ? "Use Lambda free tier" : "Drop Lambda free tier", s -> s.withLambdaFreeTier(on)));
        });
        getChildren().addAll(tabScroll, add, duplicate, rename, delete, new Label("Region"), region, new Label("Bought as"), option, freeTier);
        // only the tabs give way when names are long: the buttons, region and option keep their full width
        for (javafx.scene.Node n : getChildren())
            if (n != tabScroll && n instanceof javafx.scene.layout.Region r) r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        workbench.commands().stateProperty().addListener((o, a, s) -> show(s));
        show(workbench.state());
    }

    /** Makes the region shown in the list the scenario's, if it is another one. */
    private void commitRegion() {
        browsingRegions = false;
        String r = region.getValue();
        if (updating || r == null || r.equals(workbench.scenario().region())) return;
        workbench.execute(new EditScenario("Change region to " + r, s -> s.withRegion(r)));
    }

    /** One scenario's tab: click shows it, double-click renames it; the selected tab cannot be unselected. */
    private ToggleButton tab(String name, int index) {
        ToggleButton t = new ToggleButton(name);
        t.setId("scenario-tab-" + index);
        t.getStyleClass().add("scenario-tab");
        t.setToggleGroup(tabGroup);
        t.setMnemonicParsing(false);
        // a long name is elided at this width and read in full in the tooltip
        t.setMaxWidth(TAB_MAX_WIDTH);
        t.setOnAction(e -> {
            if (!updating) workbench.commands().showScenario(index);
            if (!t.isSelected()) t.setSelected(true);
        });
        t.setOnMouseClicked(e -> { if (e.getClickCount() == 2) renameScenario(); });
        t.setTooltip(new Tooltip(tabTip(name, "")));
        return t;
    }

    /** The tab's full name, and what the scenario is for when it says. */
    private static String tabTip(String name, String description) {
        return "Scenario " + name + (description.isEmpty() ? " (double-click to rename)" : "\n" + description);
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void show(EditorState state) {
        updating = true;
        try {
            List<Scenario> scenarios = state.project().scenarios();
            List<String> names = scenarios.stream().map(Scenario::name).toList();
            List<String> shown = tabs.getChildren().stream().map(n -> ((ToggleButton) n).getText()).toList();
            if (!names.equals(shown)) {
                tabGroup.getToggles().clear();
                List<ToggleButton> next = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) next.add(tab(names.get(i), i));
                tabs.getChildren().setAll(next);
            }
            for (int i = 0; i < scenarios.size(); i++) {
                // the description, when there is one, is what a facilitator sees hovering over the tab
                String d = scenarios.get(i).description();
                ToggleButton t = (ToggleButton) tabs.getChildren().get(i);
                String tip = tabTip(t.getText(), d);
                if (!tip.equals(t.getTooltip().getText())) t.setTooltip(new Tooltip(tip));
            }
            tabGroup.selectToggle((ToggleButton) tabs.getChildren().get(state.scenarioIndex()));
            Scenario s = state.scenario();
            if (!region.getItems().contains(s.region())) region.getItems().add(s.region());
            region.setValue(s.region());
            option.setValue(s.purchaseOption());
            freeTier.setSelected(s.lambdaFreeTier());
        } finally {
            updating = false;
        }
    }

    public void addScenario() {
        Scenario current = workbench.scenario();
        String name = freeName(workbench.project(), "Scenario " + (workbench.project().scenarios().size() + 1));
        workbench.execute(new AddScenario("Add scenario " + name,
                Scenario.empty(name).withRegion(current.region()).withPurchaseOption(current.purchaseOption())));
    }

    public void duplicateScenario() {
        Scenario current = workbench.scenario();
        String name = freeName(workbench.project(), current.name() + " copy");
        workbench.execute(new AddScenario("Duplicate scenario " + current.name(), current.withName(name)));
    }

    public void renameScenario() {
        Scenario current = workbench.scenario();
        TextInputDialog ask = new TextInputDialog(current.name());
        ask.setTitle("Rename scenario");
        ask.setHeaderText("New name for scenario '" + current.name() + "'");
        if (getScene() != null) ask.initOwner(getScene().getWindow());
        Optional<String> answer = ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
        answer.ifPresent(this::rename);
    }

    /** Says what the scenario on screen is for ("Black Friday peak, web tier on Spot"); shown as its tab's tooltip. */
    public void describeScenario() {
        Scenario current = workbench.scenario();
        TextInputDialog ask = new TextInputDialog(current.description());
        ask.setTitle("Describe scenario");
        ask.setHeaderText("What is scenario '" + current.name() + "' for?");
        ask.getEditor().setPrefColumnCount(40);
        if (getScene() != null) ask.initOwner(getScene().getWindow());
        ask.showAndWait().map(String::strip).ifPresent(d -> workbench.execute(
                new EditScenario(d.isEmpty() ? "Remove scenario description" : "Describe scenario", s -> s.withDescription(d))));
    }

    /** Renames the scenario on screen; a name another scenario has is refused with a message. */
    public void rename(String name) {
        if (!name.equals(workbench.scenario().name()) && workbench.project().scenario(name) != null) {
            Alert a = new Alert(Alert.AlertType.WARNING, "A scenario named '" + name + "' already exists.", ButtonType.OK);
            if (getScene() != null) a.initOwner(getScene().getWindow());
            a.showAndWait();
            return;
        }
        workbench.execute(new RenameScenario(workbench.state().scenarioIndex(), name));
    }

    public void deleteScenario() {
        if (workbench.project().scenarios().size() < 2) return;
        workbench.execute(new DeleteScenario(workbench.state().scenarioIndex()));
    }

    private static String freeName(Project p, String wanted) {
        if (p.scenario(wanted) == null) return wanted;
        for (int n = 2; ; n++) if (p.scenario(wanted + " " + n) == null) return wanted + " " + n;
    }
}
