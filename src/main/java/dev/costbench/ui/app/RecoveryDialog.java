package dev.costbench.ui.app;

import dev.costbench.project.autosave.AutosaveFolder;
import dev.costbench.project.autosave.RecoveryCopy;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * After a crash: lists the unsaved work Costbench autosaved, with when each copy was taken, and offers to
 * restore one (Restore), throw one away (Discard), or decide later (Later keeps every copy; File → Recover
 * Unsaved Work… shows this again).
 */
public final class RecoveryDialog {
    public static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.OTHER);
    public static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH);

    private RecoveryDialog() {}

    /**
     * Shows the dialog while copies are left and the user neither restores one nor chooses Later;
     * {@code restore} opens the chosen copy in the window. Returns at once when there is nothing to recover.
     */
    public static void offer(AutosaveFolder folder, Window owner, Consumer<RecoveryCopy> restore) {
        List<RecoveryCopy> copies;
        while (!(copies = folder.leftBehind()).isEmpty()) {
            Dialog<ButtonType> dialog = dialog(copies, owner);
            @SuppressWarnings("unchecked")
            ListView<RecoveryCopy> list = (ListView<RecoveryCopy>) dialog.getDialogPane().lookup("#recovery-copies");
            Optional<ButtonType> answer = dialog.showAndWait();
            RecoveryCopy chosen = list.getSelectionModel().getSelectedItem();
            if (answer.isEmpty() || answer.get() == LATER || chosen == null) return;
            if (answer.get() == RESTORE) {
                restore.accept(chosen);
                return;
            }
            try {
                folder.discard(chosen);
            } catch (IOException e) {
                Alert a = new Alert(Alert.AlertType.ERROR, "Could not remove " + chosen.file() + ": " + e.getMessage(), ButtonType.OK);
                if (owner != null) a.initOwner(owner);
                a.showAndWait();
                return;
            }
        }
    }

    private static Dialog<ButtonType> dialog(List<RecoveryCopy> copies, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Recover unsaved work");
        dialog.setHeaderText(copies.size() == 1 ? "Costbench closed unexpectedly. Unsaved work was kept:"
                : "Costbench closed unexpectedly. Unsaved work of " + copies.size() + " designs was kept:");
        ListView<RecoveryCopy> list = new ListView<>();
        list.setId("recovery-copies");
        list.getItems().setAll(copies);
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(6, copies.size()) * 44 + 8);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecoveryCopy c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : describe(c, Instant.now(), ZoneId.systemDefault()));
            }
        });
        Label hint = new Label("Restore opens the selected work as unsaved changes; Later keeps every copy for the next "
                + "start (or File → Recover Unsaved Work…).");
        hint.setWrapText(true);
        VBox content = new VBox(8, list, hint);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(RESTORE, DISCARD, LATER);
        if (owner != null) dialog.initOwner(owner);
        return dialog;
    }

    /** "Web shop — /home/ana/shop.costbench.json\nautosaved at 14:32 today (5 minutes ago)". */
    static String describe(RecoveryCopy c, Instant now, ZoneId zone) {
        String where = c.isUntitled() ? "never saved" : String.valueOf(c.original());
        return c.projectName() + " — " + where + "\nautosaved " + when(c.takenAt(), now, zone);
    }

    static String when(Instant taken, Instant now, ZoneId zone) {
        ZonedDateTime at = taken.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String day = at.toLocalDate().equals(today) ? "at " + TIME.format(at) + " today"
                : at.toLocalDate().equals(today.minusDays(1)) ? "at " + TIME.format(at) + " yesterday"
                : "on " + DATE.format(at);
        return day + " (" + ago(Duration.between(taken, now)) + ")";
    }

    private static String ago(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) return "just now";
        if (minutes < 60) return minutes + (minutes == 1 ? " minute ago" : " minutes ago");
        long hours = minutes / 60;
        if (hours < 48) return hours + (hours == 1 ? " hour ago" : " hours ago");
        return d.toDays() + " days ago";
    }
}
