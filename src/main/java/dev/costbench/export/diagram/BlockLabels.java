package dev.costbench.export.diagram;

import dev.costbench.model.Block;
import dev.costbench.model.KeySize;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.OptionCost;
import dev.costbench.pricing.OptionFigure;

/**
 * The three lines a block shows in the diagram, as on the canvas and read from the same cost report the window
 * shows: its name, its key size and its monthly cost under the option it is bought under ("$560.64/mo · RI 1y", "missing").
 */
public record BlockLabels(String name, String size, String cost, boolean missing, boolean estimated) {

    public static BlockLabels of(Block block, BlockCost cost) {
        if (cost == null) return new BlockLabels(block.name(), KeySize.of(block), "not priced", true, false);
        OptionCost chosen = cost.chosen();
        String figure = OptionFigure.monthly(chosen);
        boolean missing = chosen == null || !chosen.isPriced();
        String text = missing ? figure : figure + "/mo · " + OptionFigure.shortLabel(cost.chosenOption());
        return new BlockLabels(block.name(), KeySize.of(block), text, missing, figure.startsWith("~"));
    }
}
