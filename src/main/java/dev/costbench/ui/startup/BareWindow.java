package dev.costbench.ui.startup;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** A hello-world JavaFX window of the workbench's size: the yardstick the workbench's start-up is measured against. */
public final class BareWindow extends Application {
    /** Launched through a plain class, as {@code dev.costbench.Main} launches the workbench. */
    public static final class Launcher {
        private Launcher() {}

        public static void main(String[] args) { Application.launch(BareWindow.class, args); }
    }

    @Override
    public void start(Stage stage) {
        var size = StartingView.size();
        Scene scene = new Scene(new StackPane(new Label("Hello")), size.getWidth(), size.getHeight());
        stage.setTitle("Hello");
        stage.setScene(scene);
        FirstFrameProbe.first(scene);
        FirstFrameProbe.ready(scene, () -> true);
        stage.show();
    }
}
