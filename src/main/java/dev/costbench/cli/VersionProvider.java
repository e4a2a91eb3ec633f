package dev.costbench.cli;

import dev.costbench.model.ProductVersion;
import picocli.CommandLine.IVersionProvider;

/** "Costbench 0.1.0" from the jar's manifest; a build run from the IDE or tests has none. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"Costbench " + ProductVersion.number(), ProductVersion.runtime()};
    }
}
