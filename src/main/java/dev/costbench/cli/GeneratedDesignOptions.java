package dev.costbench.cli;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.Scenario;
import picocli.CommandLine.Option;

/** {@code --blocks} and {@code --seed}: the generated design a benchmark command runs on. */
final class GeneratedDesignOptions {
    static final int MAX_BLOCKS = 100_000;
    /** The window's benchmarks draw every block: they take fewer. */
    static final int WINDOW_MAX_BLOCKS = 5_000;

    @Option(names = "--blocks", paramLabel = "N", required = true,
            description = "Blocks in the generated design (1 to 100000; 1 to 5000 for the window's benchmarks).")
    int blocks;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the generated design; the same seed gives the same design (default: 1).")
    long seed;

    /** Rejects a block count outside 1 to {@link #MAX_BLOCKS}; commands call it before their own checks. */
    void check() { check(MAX_BLOCKS); }

    /** Rejects a block count outside 1 to {@code max}. */
    void check(int max) {
        if (blocks < 1 || blocks > max) throw new BadInputException("--blocks must be from 1 to " + max + ", not " + blocks);
    }

    Scenario generate() {
        return SyntheticDesign.generate(blocks, seed);
    }
}
