package dev.costbench.ui.scenario;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.coverage.RegionCoverage;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

import java.util.function.Supplier;

/**
 * A region in the picker's list with what the catalog has for it (published, estimated, missing) and, on
 * hover, each kind of price with its dates, so a user sees before choosing which figures will be estimates.
 */
final class RegionCell extends ListCell<String> {
    private final Supplier<PriceCatalog> catalog;

    RegionCell(Supplier<PriceCatalog> catalog) { this.catalog = catalog; }

    @Override
    protected void updateItem(String region, boolean empty) {
        super.updateItem(region, empty);
        if (empty || region == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        RegionCoverage c = RegionCoverage.cached(catalog.get(), region);
        setText(region + "   " + c.brief());
        setTooltip(new Tooltip(c.detail()));
    }
}
