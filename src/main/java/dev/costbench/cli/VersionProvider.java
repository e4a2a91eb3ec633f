package dev.costbench.cli;

import picocli.CommandLine.IVersionProvider;

/** "Costbench 0.1.0" from the jar's manifest; a build run from the IDE or tests has none. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"Costbench " + (version == null ? "(development build)" : version),
                "Java " + Runtime.version() + " · " + System.getProperty("os.name") + " " + System.getProperty("os.arch")};
    }
}
