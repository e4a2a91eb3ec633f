package dev.costbench.cli;

import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bench startup: each child starts as this process did, with a class-data archive of its own, and bad settings are refused. */
class StartupBenchTest {
    private static final Path ARCHIVES = Path.of("/tmp/bench");

    @Test
    void aChildGetsThisProcesssOptionsAndItsOwnClassDataArchive() {
        ChildLaunch launch = new ChildLaunch("/jdk/bin/java",
                List.of("--module-path=/app/lib/javafx-base-21.0.5-linux.jar", "--add-modules=javafx.controls",
                        "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=/home/u/.cache/costbench/bench-jdk21.jsa", "-Xlog:cds=off"),
                "/app/costbench.jar", 21);

        assertTrue(launch.sharesClasses());
        assertFalse(launch.aheadOfTime());
        for (ChildLaunch.Phase phase : ChildLaunch.Phase.values())
            assertEquals(List.of("/jdk/bin/java", "--module-path=/app/lib/javafx-base-21.0.5-linux.jar", "--add-modules=javafx.controls",
                            "-Xlog:cds=off", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + ARCHIVES.resolve("bare.jsa"),
                            "-Dprobe=true", "-cp", "/app/costbench.jar", "app.Bare", "--data-dir=/tmp/d"),
                    launch.command("app.Bare", ARCHIVES, "bare", List.of("-Dprobe=true"), List.of("--data-dir=/tmp/d"), phase));
        assertEquals(List.of(), launch.assembleCommand(ARCHIVES, "bare"));
    }

    @Test
    void onJdk25AChildRecordsItsOwnAheadOfTimeCacheInTheWarmUpAndUsesItWhenTimed() {
        // as the launcher does for the window: record on the first start, assemble, then start from the cache
        ChildLaunch launch = new ChildLaunch("/jdk/bin/java",
                List.of("--add-modules=javafx.controls", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=/c/bench-jdk25.jsa"),
                "/app/costbench.jar", 25);

        assertTrue(launch.aheadOfTime());
        assertEquals(List.of("/jdk/bin/java", "--add-modules=javafx.controls", "-XX:AOTMode=record",
                        "-XX:AOTConfiguration=" + ARCHIVES.resolve("bare.aotconf"), "-Xlog:aot=off", "-cp", "/app/costbench.jar", "app.Bare"),
                launch.command("app.Bare", ARCHIVES, "bare", List.of(), List.of(), ChildLaunch.Phase.WARM_UP));
        assertEquals(List.of("/jdk/bin/java", "--add-modules=javafx.controls", "-XX:AOTMode=create",
                        "-XX:AOTConfiguration=" + ARCHIVES.resolve("bare.aotconf"), "-XX:AOTCache=" + ARCHIVES.resolve("bare.aot"),
                        "-Xlog:aot=off", "-cp", "/app/costbench.jar"),
                launch.assembleCommand(ARCHIVES, "bare"));
        assertEquals(List.of("/jdk/bin/java", "--add-modules=javafx.controls", "-XX:AOTCache=" + ARCHIVES.resolve("bare.aot"),
                        "-Xlog:aot=off", "-cp", "/app/costbench.jar", "app.Bare"),
                launch.command("app.Bare", ARCHIVES, "bare", List.of(), List.of(), ChildLaunch.Phase.TIMED));
    }

    @Test
    void withoutAnArchiveAChildGetsNoneAndAPackagedClassPathIsPassedWithCp() {
        // a jpackage launcher passes the class path as a property; the child takes it as -cp, once
        ChildLaunch launch = new ChildLaunch("/rt/bin/java", List.of("-Djava.class.path=/opt/app/costbench.jar", "-Xmx1g"), "/opt/app/costbench.jar");

        assertFalse(launch.sharesClasses());
        assertFalse(launch.aheadOfTime());
        assertEquals(List.of("/rt/bin/java", "-Xmx1g", "-cp", "/opt/app/costbench.jar", "app.Main"),
                launch.command("app.Main", ARCHIVES, "workbench", List.of(), List.of(), ChildLaunch.Phase.TIMED));
    }

    @Test
    void refusesOutOfRangeSettingsNamingTheOption() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));

        assertEquals(ExitCode.BAD_INPUT, cl.execute("bench", "startup", "--runs", "0"));
        assertEquals("costbench: --runs must be from 1 to 50, not 0", err.toString().strip());
        assertEquals(ExitCode.BAD_INPUT, cl.execute("bench", "startup", "--timeout", "0"));
        assertTrue(err.toString().contains("--timeout must be from 1 to 3600 seconds, not 0"), err.toString());
    }
}
