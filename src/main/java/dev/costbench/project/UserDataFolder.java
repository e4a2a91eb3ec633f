package dev.costbench.project;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Costbench keeps the user's own files (imported price catalogs, autosaves): the folder given with
 * {@code --data-dir}, else {@code COSTBENCH_HOME}, else the platform's usual place for application data —
 * {@code %APPDATA%\Costbench} on Windows, {@code ~/Library/Application Support/Costbench} on macOS,
 * {@code $XDG_DATA_HOME/costbench} or {@code ~/.local/share/costbench} elsewhere.
 */
public final class UserDataFolder {
    public static final String ENV_HOME = "COSTBENCH_HOME";

    private UserDataFolder() {}

    /** The folder for this user on this machine; {@code explicit} (from --data-dir) wins when given. */
    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home", ".")));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, Path home) {
        if (explicit != null) return explicit.toAbsolutePath().normalize();
        String fromEnv = env.get(ENV_HOME);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv).toAbsolutePath().normalize();
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path roaming = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve("Costbench");
        }
        if (os.startsWith("mac")) return home.resolve("Library").resolve("Application Support").resolve("Costbench");
        String xdg = env.get("XDG_DATA_HOME");
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored
        Path data = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("costbench");
    }
}
