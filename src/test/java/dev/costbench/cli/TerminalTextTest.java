package dev.costbench.cli;

import dev.costbench.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names from a design file reach the terminal as text: an escape sequence in one is shown, never obeyed. */
class TerminalTextTest {
    @TempDir Path dir;

    @Test
    void anEscapeInABlockNameIsShownNotSentToTheTerminal() throws Exception {
        Path file = dir.resolve("odd.costbench.json");
        // ESC ] 0 ; … BEL retitles a terminal window; ESC [ 2 J clears it
        Files.writeString(file, """
                {"schemaVersion": 1, "name": "Odd", "scenarios": [{"name": "Base", "region": "us-east-1",
                 "purchaseOption": "on-demand", "blocks": [{"id": "web", "kind": "asg", "name": "Web\\u001b]0;pwned\\u0007\\u001b[2J",
                 "instanceType": "m5.large", "min": 1, "desired": 1, "max": 1, "x": 0, "y": 0}], "connections": []}]}
                """);
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(ExitCode.OK, cl.execute("price", file.toString(), "--data-dir", dir.resolve("data").toString()), err.toString());
        assertFalse(out.toString().chars().anyMatch(c -> c == 0x1b || c == 0x07), "no escape or bell reaches the terminal");
        assertTrue(out.toString().contains("WebU+001B]0;pwnedU+0007U+001B[2J"), out.toString());

        StringWriter err2 = new StringWriter();
        CommandLine cl2 = Main.commandLine();
        cl2.setOut(new PrintWriter(new StringWriter(), true));
        cl2.setErr(new PrintWriter(err2, true));
        assertEquals(ExitCode.BAD_INPUT, cl2.execute("price", file.toString(), "--scenario", "\u001b[31mRed", "--data-dir",
                dir.resolve("data").toString()));
        assertFalse(err2.toString().chars().anyMatch(c -> c == 0x1b), err2.toString());
        assertTrue(err2.toString().contains("U+001B[31mRed"), err2.toString());
    }
}
