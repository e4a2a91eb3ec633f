package dev.costbench.ui.scenario;

import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.coverage.PriceKind;
import dev.costbench.catalog.coverage.RegionCoverage;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

import java.util.Set;
import java.util.function.Supplier;

/**
 * A region in the picker's list with what the catalog has there for the design's kinds of block (published, estimated, missing) and, on
 * hover, each kind of price with its dates, so a user sees before choosing which figures will be estimates.
 */
final class RegionCell extends ListCell<String> {
    private final Supplier<PriceCatalog> catalog;
    /** The kinds of price the scenario needs: the list speaks of those only. */
    private final Supplier<Set<PriceKind>> kinds;

    RegionCell(Supplier<PriceCatalog> catalog, Supplier<Set<PriceKind>> kinds) {
        this.catalog = catalog;
        this.kinds = kinds;
    }

    @Override
    protected void updateItem(String region, boolean empty) {
        super.updateItem(region, empty);
        if (empty || region == null) {
            setText(null);
            setTooltip(null);
            return;
        }
        RegionCoverage c = RegionCoverage.forNeeds(catalog.get(), region, kinds.get());
        setText(region + "   " + c.brief());
        setTooltip(new Tooltip(c.detail()));
    }
}
