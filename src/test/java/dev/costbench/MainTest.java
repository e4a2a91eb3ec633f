package dev.costbench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the installed launcher gets: nothing from the menu, a design's path from a double-click, else a command. */
class MainTest {
    @TempDir Path dir;

    @Test
    void theMenuEntryOpensTheWindow() {
        assertTrue(Main.opensWindow(new String[0]));
    }

    @Test
    void aDoubleClickedDesignOpensTheWindowOnIt() throws Exception {
        Path design = Files.writeString(dir.resolve("shop.costbench.json"), "{}");
        assertTrue(Main.opensWindow(new String[]{design.toString()}));
    }

    @Test
    void theWindowTakesTheDataFolderLikeTheCommandLine() throws Exception {
        Path design = Files.writeString(dir.resolve("shop.costbench.json"), "{}");
        assertTrue(Main.opensWindow(new String[]{"--data-dir=" + dir}));
        assertTrue(Main.opensWindow(new String[]{"--data-dir=" + dir, design.toString()}));
        assertFalse(Main.opensWindow(new String[]{"--data-dir=" + dir, "price", design.toString()}));
    }

    @Test
    void everythingElseIsACommand() throws Exception {
        Path other = Files.writeString(dir.resolve("shop.json"), "{}");
        assertFalse(Main.opensWindow(new String[]{other.toString()}), "not a design file");
        assertFalse(Main.opensWindow(new String[]{dir.resolve("gone.costbench.json").toString()}), "no such file");
        assertFalse(Main.opensWindow(new String[]{"--version"}));
        Path design = Files.writeString(dir.resolve("shop.costbench.json"), "{}");
        assertFalse(Main.opensWindow(new String[]{"price", design.toString()}));
        assertFalse(Main.opensWindow(new String[]{design.toString(), design.toString()}), "one design at a time");
    }
}
