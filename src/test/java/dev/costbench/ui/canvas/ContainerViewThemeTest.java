package dev.costbench.ui.canvas;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.ui.app.Theme;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subnet's frame in either theme: its pale AWS fill on the light canvas, a tint of its line colour on the dark one. */
@ExtendWith(ApplicationExtension.class)
class ContainerViewThemeTest {
    private Scene scene;
    private ContainerView subnet;

    @Start
    void start(Stage stage) {
        subnet = new ContainerView(new Container("public", ContainerKind.PUBLIC_SUBNET, "Public subnet", 10, 10, 300, 200,
                null, null, null, List.of()));
        Pane root = new Pane(subnet);
        root.getStylesheets().add(Theme.STYLESHEET);
        scene = new Scene(root, 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    private Color fill(FxRobot robot, String userAgentStylesheet) {
        Color[] out = new Color[1];
        robot.interact(() -> {
            scene.setUserAgentStylesheet(userAgentStylesheet);
            scene.getRoot().applyCss();
            out[0] = (Color) ((Rectangle) subnet.lookup(".container-frame")).getFill();
        });
        return out[0];
    }

    @Test
    void aSubnetIsPaleOnTheLightCanvasAndATintOnTheDarkOne(FxRobot robot) {
        Color light = fill(robot, new PrimerLight().getUserAgentStylesheet());
        // AWS's public subnet fill, #F2F6E8, see-through
        assertEquals(0.55, light.getOpacity(), 0.01);
        assertTrue(light.getBrightness() > 0.9, "pale: " + light);
        Color dark = fill(robot, new PrimerDark().getUserAgentStylesheet());
        // the line colour, AWS's public subnet green #7AA116, faint: over the dark canvas it stays dark
        assertEquals(0.16, dark.getOpacity(), 0.01);
        assertTrue(dark.getGreen() > dark.getBlue() && dark.getGreen() > dark.getRed(), "green: " + dark);
        double over = dark.getOpacity() * dark.getBrightness() + (1 - dark.getOpacity()) * Color.web("#0d1117").getBrightness();
        assertTrue(over < 0.25, "dark over the canvas: " + over);
    }
}
