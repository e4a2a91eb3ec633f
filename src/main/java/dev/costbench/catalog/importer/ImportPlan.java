package dev.costbench.catalog.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files one import will read, in the order they are merged: offer files, then Savings Plans, then Spot
 * prices, then Spot Advisor estimates (which need the On-Demand rates of everything before them).
 */
final class ImportPlan {
    record Step(PriceFile file, PriceFileKind kind) {}

    private final List<Step> steps = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    void add(PriceFile file, PriceFileKind kind) {
        boolean known = steps.stream().anyMatch(s -> s.file().path().toAbsolutePath().normalize()
                .equals(file.path().toAbsolutePath().normalize()));
        if (!known) steps.add(new Step(file, kind));
    }

    List<Step> steps() {
        List<Step> ordered = new ArrayList<>(steps);
        ordered.sort(Comparator.comparingInt(s -> order(s.kind())));
        return ordered;
    }

    private static int order(PriceFileKind k) {
        return switch (k) {
            case OFFER_JSON, OFFER_CSV -> 0;
            case SAVINGS_PLAN_OFFER -> 1;
            case SPOT_PRICE_HISTORY -> 2;
            case SPOT_ADVISOR -> 3;
            default -> 4;
        };
    }
}
