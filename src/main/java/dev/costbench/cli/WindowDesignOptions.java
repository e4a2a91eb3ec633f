package dev.costbench.cli;

import picocli.CommandLine.Option;

/** The generated design a window benchmark opens: fewer blocks than the engine's benchmarks take, as the window draws each. */
final class WindowDesignOptions {
    static final int MAX_BLOCKS = 5_000;

    @Option(names = "--blocks", paramLabel = "N", required = true, description = "Blocks in the generated design (1 to 5000).")
    int blocks;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Seed of the generated design; the same seed gives the same design (default: 1).")
    long seed;

    /** Rejects a block count outside 1 to {@link #MAX_BLOCKS}, before any window opens. */
    void check() {
        if (blocks < 1 || blocks > MAX_BLOCKS)
            throw new BadInputException("--blocks must be from 1 to " + MAX_BLOCKS + ", not " + blocks);
    }
}
