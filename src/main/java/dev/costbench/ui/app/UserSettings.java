package dev.costbench.ui.app;

import dev.costbench.project.UserDataFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the workbench remembers between runs: recent files and the theme, in {@code settings.properties}
 * in the user data folder ({@code COSTBENCH_HOME} moves it).
 * A settings file that cannot be read or written never stops the workbench.
 */
public final class UserSettings {
    public static final int MAX_RECENT = 10;
    static final String FILE_NAME = "settings.properties";

    private final Path folder;
    private final Properties values = new Properties();
    private final boolean existed;

    public UserSettings(Path folder) {
        this.folder = folder;
        Path file = folder.resolve(FILE_NAME);
        existed = Files.isRegularFile(file);
        if (existed) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear();
            }
        }
    }

    /** The user data folder the project file layer resolves: COSTBENCH_HOME, else the platform's usual place. */
    public static Path defaultFolder() { return UserDataFolder.resolve(null); }

    /** True the very first time the workbench runs with this folder. */
    public boolean isFirstStart() { return !existed; }

    public Path folder() { return folder; }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 1; i <= MAX_RECENT; i++) {
            String v = values.getProperty("recent." + i);
            if (v != null && !v.isBlank()) out.add(Path.of(v));
        }
        return out;
    }

    /** Puts {@code file} first in the recent list (once) and saves the settings. */
    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.removeIf(p -> p.toAbsolutePath().normalize().equals(abs));
        list.add(0, abs);
        setRecent(list);
    }

    public void removeRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        list.removeIf(p -> p.equals(file));
        setRecent(list);
    }

    private void setRecent(List<Path> list) {
        for (int i = 1; i <= MAX_RECENT; i++) values.remove("recent." + i);
        for (int i = 0; i < Math.min(list.size(), MAX_RECENT); i++) values.setProperty("recent." + (i + 1), list.get(i).toString());
        save();
    }

    public boolean darkTheme() { return "dark".equals(values.getProperty("theme")); }

    public void setDarkTheme(boolean dark) {
        values.setProperty("theme", dark ? "dark" : "light");
        save();
    }

    /** Writes through a temporary file so a crash never leaves half a settings file. */
    public void save() {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Costbench settings");
            }
            Files.move(tmp, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("Costbench: could not save settings in " + folder + ": " + e.getMessage());
        }
    }
}
