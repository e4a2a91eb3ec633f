package dev.costbench.ui.app;

import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.Project;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.autosave.AutosaveFolder;
import dev.costbench.project.autosave.CrashedCopies;
import dev.costbench.project.autosave.RecoveryCopy;
import dev.costbench.project.lock.DesignLock;
import dev.costbench.ui.TestDesigns;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.EditBlock;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window after a crash: a recovery copy a dead Costbench left in the data folder is offered at start,
 * restored as unsaved changes over its file, and autosave and locks behave as the user expects.
 */
@ExtendWith(ApplicationExtension.class)
class RecoveryWindowTest {
    @TempDir static Path home;
    @TempDir Path designs;

    private MainWindow window;
    private Workbench workbench;
    private Path original;
    private Project recovered;
    private Path dataDir;

    /** The web tier at {@code desired} instances. */
    private static Project webTier(int desired) {
        Project p = TestDesigns.webTier();
        AutoScalingGroup web = (AutoScalingGroup) p.scenarios().getFirst().block("web").orElseThrow();
        return p.withScenario(0, p.scenarios().getFirst().withBlock(web.withCounts(1, desired, 8)));
    }

    /** What a crash leaves: the design saved at 4 instances, and an autosave of unsaved work at 6 by a process now gone. */
    private void leaveACrash(Path dataDir) throws Exception {
        original = designs.resolve("shop.costbench.json");
        ProjectFile.write(webTier(4), original);
        recovered = webTier(6);
        CrashedCopies.leave(dataDir, "crashed-window", recovered, original, Instant.now().minusSeconds(300));
    }

    @Start
    void start(Stage stage) throws Exception {
        dataDir = Files.createTempDirectory(home, "data");
        leaveACrash(dataDir);
        Theme.LIGHT.apply();
        workbench = new Workbench(TestDesigns.catalog(), DocumentActions.emptyDesign());
        window = new MainWindow(workbench, new UserSettings(dataDir));
        window.show(stage, 1400, 900);
    }

    @AfterEach
    void close() { workbench.close(); }

    @Test
    void aCopyLeftByACrashIsOfferedAtStartAndRestoredAsUnsavedWork(FxRobot robot) throws Exception {
        Platform.runLater(window::startUp);
        DialogPane recovery = awaitDialog(robot, "#recovery-copies");
        ListView<?> copies = (ListView<?>) recovery.lookup("#recovery-copies");
        assertEquals(1, copies.getItems().size());
        String shown = recovery.lookupAll(".list-cell").stream().map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null).findFirst().orElse("");
        assertTrue(shown.startsWith("Test design — " + original + "\nautosaved at "), shown);
        assertTrue(shown.endsWith("(5 minutes ago)"), shown);

        robot.clickOn(recovery.lookupButton(RecoveryDialog.RESTORE));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(recovered, workbench.project(), "the unsaved work is open");
        assertEquals(original, workbench.file(), "Save writes it back to its own file");
        assertTrue(workbench.commands().isDirty(), "and it is marked unsaved");
        assertTrue(workbench.titleProperty().get().startsWith("*shop.costbench.json"));
        assertEquals("Restore unsaved work autosaved", workbench.commands().undoDescriptionProperty().get().substring(0, 30));

        // the copy now belongs to this running window: not offered again, but kept until the work is saved
        window.autosave().flush();
        assertEquals(List.of(), new AutosaveFolder(dataDirOf()).leftBehind());
        assertTrue(Files.exists(dataDirOf().resolve("autosave/crashed-window.costbench-recovery")));
        assertTrue(Files.exists(DesignLock.lockFileOf(original)), "the restored design is locked like any open design");

        robot.interact(() -> window.documents().save());
        window.autosave().flush();
        assertEquals(recovered, ProjectFile.read(original));
        assertFalse(Files.exists(dataDirOf().resolve("autosave/crashed-window.costbench-recovery")), "saved: the copy goes");
    }

    @Test
    void laterKeepsTheCopyForTheNextStart(FxRobot robot) throws Exception {
        Platform.runLater(window::startUp);
        DialogPane recovery = awaitDialog(robot, "#recovery-copies");
        robot.clickOn(recovery.lookupButton(RecoveryDialog.LATER));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(workbench.commands().isDirty());
        assertEquals(1, new AutosaveFolder(dataDirOf()).leftBehind().size());
    }

    @Test
    void unsavedWorkIsAutosavedAndTheCopyGoesWhenSaved(FxRobot robot) throws Exception {
        Platform.runLater(window::startUp);
        DialogPane recovery = awaitDialog(robot, "#recovery-copies");
        robot.clickOn(recovery.lookupButton(RecoveryDialog.DISCARD));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), new AutosaveFolder(dataDirOf()).leftBehind());

        robot.interact(() -> window.documents().open(original));
        AutoScalingGroup web = (AutoScalingGroup) workbench.scenario().block("web").orElseThrow();
        robot.interact(() -> workbench.execute(new EditBlock("Change desired", web.withCounts(1, 7, 8))));
        robot.interact(() -> window.autosave().autosaveNow());
        window.autosave().flush();
        Path autosaveDir = dataDirOf().resolve("autosave");
        List<Path> copies;
        try (var files = Files.list(autosaveDir)) {
            copies = files.filter(f -> f.toString().endsWith(".costbench-recovery")).toList(); // not the lock beside it
        }
        assertEquals(1, copies.size());
        assertTrue(Files.readString(copies.getFirst()).endsWith(ProjectFile.toJson(workbench.project())));

        robot.interact(() -> window.documents().save());
        window.autosave().flush();
        try (var files = Files.list(autosaveDir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void aDesignSomeoneElseHasOpenIsOnlyOpenedAfterAWarning(FxRobot robot) throws Exception {
        Platform.runLater(window::startUp);
        DialogPane recovery = awaitDialog(robot, "#recovery-copies");
        robot.clickOn(recovery.lookupButton(RecoveryDialog.LATER));
        Files.writeString(DesignLock.lockFileOf(original), """
                {"pid":4242,"host":"workshop-laptop","user":"ana","since":"2026-05-03T14:02:00Z"}
                """);
        Platform.runLater(() -> window.documents().open(original));
        DialogPane warning = awaitDialog(robot, "#design-lock-warning");
        String header = warning.getHeaderText();
        assertTrue(header.startsWith("shop.costbench.json is already open in ana on workshop-laptop (process 4242) since "), header);
        robot.clickOn(warning.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(original, workbench.file(), "not opened");

        Platform.runLater(() -> window.documents().open(original));
        DialogPane again = awaitDialog(robot, "#design-lock-warning");
        robot.clickOn(again.lookupButton(DesignLockWarning.ANYWAY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(original, workbench.file());
        assertTrue(Files.readString(DesignLock.lockFileOf(original)).contains("\"pid\":" + ProcessHandle.current().pid()));
    }

    private Path dataDirOf() { return dataDir; }

    /** The dialog pane holding {@code id}, once its window is on screen. */
    private static DialogPane awaitDialog(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node n = robot.lookup(id).match(x -> x.getScene().getWindow().isShowing()).query();
        while (!(n instanceof DialogPane)) n = n.getParent();
        return (DialogPane) n;
    }
}
