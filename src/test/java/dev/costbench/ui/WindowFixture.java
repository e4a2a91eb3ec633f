package dev.costbench.ui;

import dev.costbench.ui.app.MainWindow;
import dev.costbench.ui.app.Theme;
import dev.costbench.ui.app.UserSettings;
import javafx.stage.Stage;

import java.nio.file.Path;

/** The real main window on a test's workbench, as the app opens it: light theme, settings kept in {@code home}. */
public final class WindowFixture {
    private WindowFixture() {}

    /** Shows the window at 1400 × 900, the size most window tests drive. */
    public static MainWindow show(Stage stage, Workbench workbench, Path home) {
        return show(stage, workbench, home, 1400, 900);
    }

    public static MainWindow show(Stage stage, Workbench workbench, Path home, double width, double height) {
        Theme.LIGHT.apply();
        MainWindow window = new MainWindow(workbench, new UserSettings(home));
        window.show(stage, width, height);
        return window;
    }
}
