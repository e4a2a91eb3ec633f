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
                        "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=/home/u/.cache/costbench/bench-jdk25.jsa", "-Xlog:cds=off"),
                "/app/costbench.jar");

        assertTrue(launch.sharesClasses());
        assertEquals(List.of("/jdk/bin/java", "--module-path=/app/lib/javafx-base-21.0.5-linux.jar", "--add-modules=javafx.controls",
                        "-Xlog:cds=off", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + ARCHIVES.resolve("bare.jsa"),
                        "-Dprobe=true", "-cp", "/app/costbench.jar", "app.Bare", "--data-dir=/tmp/d"),
                launch.command("app.Bare", ARCHIVES, "bare", List.of("-Dprobe=true"), List.of("--data-dir=/tmp/d")));
    }

    @Test
    void withoutAnArchiveAChildGetsNoneAndAPackagedClassPathIsPassedWithCp() {
        // a jpackage launcher passes the class path as a property; the child takes it as -cp, once
        ChildLaunch launch = new ChildLaunch("/rt/bin/java", List.of("-Djava.class.path=/opt/app/costbench.jar", "-Xmx1g"), "/opt/app/costbench.jar");

        assertFalse(launch.sharesClasses());
        assertEquals(List.of("/rt/bin/java", "-Xmx1g", "-cp", "/opt/app/costbench.jar", "app.Main"),
                launch.command("app.Main", ARCHIVES, "workbench", List.of(), List.of()));
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
