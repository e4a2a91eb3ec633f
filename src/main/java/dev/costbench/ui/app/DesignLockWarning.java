package dev.costbench.ui.app;

import dev.costbench.project.lock.LockOwner;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/** The question asked when someone else has a design open: go on anyway, or leave it to them. */
final class DesignLockWarning {
    static final ButtonType ANYWAY = new ButtonType("Open Anyway", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType SAVE_ANYWAY = new ButtonType("Save Anyway", ButtonBar.ButtonData.OK_DONE);

    private DesignLockWarning() {}

    /** Before opening (or saving over) a design someone else has open; true when the user goes on. */
    static boolean openAnyway(Path design, LockOwner owner, boolean sameProcess, Window window) {
        String who = sameProcess ? "another Costbench window" : owner.describe(ZoneId.systemDefault());
        return ask(design.getFileName() + " is already open in " + who + ".",
                "If you both save, the last save silently replaces the other's changes. Open it anyway only if that "
                        + "Costbench is no longer in use, or you agree who saves.", ANYWAY, window);
    }

    /** Before saving a design that someone else opened after this window did. */
    static boolean saveAnyway(Path design, LockOwner owner, Window window) {
        return ask(design.getFileName() + " was opened by " + owner.describe(ZoneId.systemDefault()) + " after you.",
                "Saving now replaces the file with your version; if they saved changes since, those are lost "
                        + "(the previous version stays as " + design.getFileName() + ".bak). Save As keeps both.",
                SAVE_ANYWAY, window);
    }

    private static boolean ask(String header, String text, ButtonType go, Window window) {
        Alert a = new Alert(Alert.AlertType.WARNING, text, go, ButtonType.CANCEL);
        a.setTitle("Design in use");
        a.setHeaderText(header);
        a.getDialogPane().setId("design-lock-warning");
        a.getDialogPane().setMinWidth(520);
        if (window != null) a.initOwner(window);
        Optional<ButtonType> answer = a.showAndWait();
        return answer.isPresent() && answer.get() == go;
    }
}
