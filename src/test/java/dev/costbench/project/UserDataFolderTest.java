package dev.costbench.project;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UserDataFolderTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void dataDirOptionWins() {
        assertEquals(Path.of("/srv/costbench"),
                UserDataFolder.resolve(Path.of("/srv/costbench"), Map.of("COSTBENCH_HOME", "/opt/cb"), "Linux", HOME));
    }

    @Test
    void environmentVariableComesNext() {
        assertEquals(Path.of("/opt/cb"), UserDataFolder.resolve(null, Map.of("COSTBENCH_HOME", "/opt/cb"), "Linux", HOME));
    }

    @Test
    void linuxUsesTheXdgDataFolder() {
        assertEquals(Path.of("/home/ana/.local/share/costbench"), UserDataFolder.resolve(null, Map.of(), "Linux", HOME));
        assertEquals(Path.of("/data/ana/costbench"),
                UserDataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/ana"), "Linux", HOME));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertEquals(Path.of("/home/ana/Library/Application Support/Costbench"),
                UserDataFolder.resolve(null, Map.of(), "Mac OS X", HOME));
    }

    @Test
    void windowsUsesRoamingAppData() {
        assertEquals(Path.of("/users/ana/roaming", "Costbench"),
                UserDataFolder.resolve(null, Map.of("APPDATA", "/users/ana/roaming"), "Windows 11", HOME));
        assertEquals(HOME.resolve("AppData").resolve("Roaming").resolve("Costbench"),
                UserDataFolder.resolve(null, Map.of(), "Windows 11", HOME));
    }
}
