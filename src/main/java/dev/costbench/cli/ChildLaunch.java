package dev.costbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the start-up benchmark launches a window as a child process: with the Java, options and class path this
 * process was started with, so the window and the bare one start exactly as the user's own start does. A
 * class-data-sharing archive in the options is swapped for one per child, as the launcher keeps one per use;
 * on JDK 25 and later that is an ahead-of-time cache, recorded by the warm-up start, as the launcher does for
 * the window.
 */
record ChildLaunch(String java, List<String> jvmOptions, String classPath, int jdkFeature) {
    static final String ARCHIVE_OPTION = "-XX:SharedArchiveFile=";
    static final String AUTO_ARCHIVE = "-XX:+AutoCreateSharedArchive";
    /** The first JDK whose ahead-of-time cache the launcher uses for the window (JEP 483 and 515). */
    static final int AHEAD_OF_TIME_FROM = 25;
    /** Where the class path sits in a jpackage launcher's options; it is passed with -cp instead. */
    private static final String CLASS_PATH_PROPERTY = "-Djava.class.path=";

    /** A launch on this process's own JDK. */
    ChildLaunch(String java, List<String> jvmOptions, String classPath) { this(java, jvmOptions, classPath, Runtime.version().feature()); }

    /** Whether a start is the warm-up one that makes its child's archive or cache, or a timed one that uses it. */
    enum Phase { WARM_UP, TIMED }

    boolean sharesClasses() { return jvmOptions.stream().anyMatch(o -> o.startsWith(ARCHIVE_OPTION)); }

    /** Whether each child keeps an ahead-of-time cache (recorded, then assembled) instead of a class-data archive. */
    boolean aheadOfTime() { return sharesClasses() && jdkFeature >= AHEAD_OF_TIME_FROM; }

    /** The command for {@code mainClass} with {@code args}; {@code archiveFolder} holds its archive or cache, if this process used one. */
    List<String> command(String mainClass, Path archiveFolder, String archiveName, List<String> properties, List<String> args, Phase phase) {
        List<String> command = ownOptions();
        if (aheadOfTime() && phase == Phase.WARM_UP) {
            command.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + archiveFolder.resolve(archiveName + ".aotconf"), "-Xlog:aot=off"));
        } else if (aheadOfTime()) {
            command.addAll(List.of("-XX:AOTCache=" + archiveFolder.resolve(archiveName + ".aot"), "-Xlog:aot=off"));
        } else if (sharesClasses()) {
            command.add(AUTO_ARCHIVE);
            command.add(ARCHIVE_OPTION + archiveFolder.resolve(archiveName + ".jsa"));
        }
        command.addAll(properties);
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(args);
        return command;
    }

    /** The command that assembles a child's cache from what its warm-up start recorded; empty when children keep no cache. */
    List<String> assembleCommand(Path archiveFolder, String archiveName) {
        if (!aheadOfTime()) return List.of();
        List<String> command = ownOptions();
        command.addAll(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + archiveFolder.resolve(archiveName + ".aotconf"),
                "-XX:AOTCache=" + archiveFolder.resolve(archiveName + ".aot"), "-Xlog:aot=off", "-cp", classPath));
        return command;
    }

    /** The java command with this process's options, less its archive and class path. */
    private List<String> ownOptions() {
        List<String> command = new ArrayList<>(List.of(java));
        for (String option : jvmOptions) {
            if (option.startsWith(ARCHIVE_OPTION) || option.equals(AUTO_ARCHIVE) || option.startsWith(CLASS_PATH_PROPERTY)) continue;
            command.add(option);
        }
        return command;
    }
}
