package dev.costbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the start-up benchmark launches a window as a child process: with the Java, options and class path this
 * process was started with, so the window and the bare one start exactly as the user's own start does. A
 * class-data-sharing archive in the options is swapped for one per child, as the launcher keeps one per use.
 */
record ChildLaunch(String java, List<String> jvmOptions, String classPath) {
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    static final String AUTO_ARCHIVE = "-XX:+AutoCreateSharedArchive";
    /** Where the class path sits in a jpackage launcher's options; it is passed with -cp instead. */
    private static final String CLASS_PATH_PROPERTY = "-Djava.class.path=";

    boolean sharesClasses() { return jvmOptions.stream().anyMatch(o -> o.startsWith(ARCHIVE_OPTION)); }

    /** The command for {@code mainClass} with {@code args}; {@code archiveFolder} holds its class-data archive, if this process used one. */
    List<String> command(String mainClass, Path archiveFolder, String archiveName, List<String> properties, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java));
        boolean sharing = sharesClasses();
        for (String option : jvmOptions) {
            if (option.startsWith(ARCHIVE_OPTION) || option.equals(AUTO_ARCHIVE) || option.startsWith(CLASS_PATH_PROPERTY)) continue;
            command.add(option);
        }
        if (sharing) {
            command.add(AUTO_ARCHIVE);
            command.add(ARCHIVE_OPTION + archiveFolder.resolve(archiveName + ".jsa"));
        }
        command.addAll(properties);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(args);
        return command;
    }
}
