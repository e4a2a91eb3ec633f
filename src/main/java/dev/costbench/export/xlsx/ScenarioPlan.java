package dev.costbench.export.xlsx;

import dev.costbench.export.PricedScenario;

import java.util.List;

/**
 * One scenario's place in the workbook: its number (1-based, used in defined names), its blocks, and the row
 * ranges its blocks occupy on Summary, Graviton and Purchase options (inclusive), plus its total rows.
 */
record ScenarioPlan(int number, PricedScenario priced, List<BlockPlan> blocks, int summaryTotalRow,
                    int gravitonTotalRow) {

    String name() { return priced.scenario().name(); }

    boolean isEmpty() { return blocks.isEmpty(); }

    int firstSummaryRow() { return blocks.getFirst().summaryRow; }

    int lastSummaryRow() { return blocks.getLast().summaryRow; }

    int firstGravitonRow() { return blocks.getFirst().gravitonRow; }

    int lastGravitonRow() { return blocks.getLast().gravitonRow; }

    /** The first of the scenario's Purchase options rows of its blocks as designed (one per block, contiguous). */
    int firstOptionRow() { return blocks.getFirst().optionsRow; }

    int lastOptionRow() { return blocks.getLast().optionsRow; }
}
