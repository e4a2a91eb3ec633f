package dev.costbench.ui.canvas.gesture;

import dev.costbench.model.Connection;
import dev.costbench.ui.canvas.ConnectionView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

import java.util.Set;

/** Click an arrow to select its connection (and no block), for the inspector's labels and Delete. */
public final class SelectConnectionGesture {
    private final CanvasAccess canvas;

    public SelectConnectionGesture(CanvasAccess canvas) { this.canvas = canvas; }

    public void install(ConnectionView arrow, Connection connection) {
        arrow.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || canvas.handToolHeld()) return;
            canvas.focus();
            canvas.selectConnection(connection);
            canvas.workbench().select(Set.of());
            canvas.showSelection();
            e.consume();
        });
    }
}
