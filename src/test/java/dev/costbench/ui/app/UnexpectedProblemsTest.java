package dev.costbench.ui.app;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnexpectedProblemsTest {
    @TempDir Path home;
    private UnexpectedProblems problems;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        problems = new UnexpectedProblems(home.resolve("data"));
        WaitForAsyncUtils.asyncFx(problems::install).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            problems.uninstall();
            for (DialogPane d : messages()) ((Stage) d.getScene().getWindow()).close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aProblemOnTheUiThreadIsLoggedAndToldInOneMessageNotAStackTrace() throws Exception {
        Platform.runLater(() -> { throw new IllegalStateException("a problem nobody expected"); });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> messages().size() == 1);
        DialogPane message = messages().get(0);
        assertEquals("Something went wrong inside Costbench", message.getHeaderText());
        assertTrue(message.getContentText().contains("save the design under a new name"), message.getContentText());
        assertTrue(message.getContentText().contains(problems.log().toString()), message.getContentText());
        // the plain words on screen, the details in the log
        assertTrue(!message.getContentText().contains("IllegalStateException"), message.getContentText());
        String log = Files.readString(problems.log());
        assertTrue(log.contains("java.lang.IllegalStateException: a problem nobody expected"), log);
        assertTrue(log.contains("thread JavaFX Application Thread"), log);

        // the same problem again while the message is up: logged again, no second window
        Platform.runLater(() -> { throw new IllegalStateException("a problem nobody expected"); });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> count(Files.readString(problems.log()), "a problem nobody expected") == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, messages().size());
    }

    @Test
    void aProblemOfAnotherThreadIsToldOnTheUiThread() throws Exception {
        Thread worker = new Thread(() -> { throw new IllegalArgumentException("a worker's problem"); }, "a worker");
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> messages().size() == 1);
        assertTrue(Files.readString(problems.log()).contains("thread a worker"));
    }

    @Test
    void whileClosingAProblemIsOnlyLogged() throws Exception {
        problems.closing();
        Platform.runLater(() -> { throw new IllegalStateException("a late event"); });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isRegularFile(problems.log())
                && Files.readString(problems.log()).contains("a late event"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), messages());
    }

    @Test
    void takenOffItLeavesTheHandlersAsTheyWere() throws Exception {
        Thread.UncaughtExceptionHandler[] seen = WaitForAsyncUtils.asyncFx(() -> {
            problems.uninstall();
            var ui = Thread.currentThread();
            var defaultBefore = Thread.getDefaultUncaughtExceptionHandler();
            var uiBefore = ui.getUncaughtExceptionHandler();
            UnexpectedProblems again = new UnexpectedProblems(home.resolve("again"));
            again.install();
            var installed = new Thread.UncaughtExceptionHandler[] {Thread.getDefaultUncaughtExceptionHandler(), ui.getUncaughtExceptionHandler()};
            again.uninstall();
            return new Thread.UncaughtExceptionHandler[] {defaultBefore, uiBefore, installed[0], installed[1],
                    Thread.getDefaultUncaughtExceptionHandler(), ui.getUncaughtExceptionHandler()};
        }).get(10, TimeUnit.SECONDS);
        assertTrue(seen[2] instanceof UnexpectedProblems && seen[3] == seen[2]);
        assertEquals(seen[0], seen[4]);
        assertEquals(seen[1], seen[5]);
    }

    private static List<DialogPane> messages() {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r).toList();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
