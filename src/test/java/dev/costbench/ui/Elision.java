package dev.costbench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds labels and cells on screen whose text is cut off: the skin's text node (the label's own {@code Text} child, not
 * its graphic) shows another text, ending "…" or "...", than the label holds.
 */
public final class Elision {
    private Elision() {}

    /** "full text → shown text" for every visible label under {@code root} that shows less than its text. */
    public static List<String> in(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (!n.isVisible() || n.getStyleClass().contains("scenario-tab")) return; // a tab elides a long name and shows it in its tooltip
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node c : l.getChildrenUnmodifiable())
                if (c instanceof Text shown && c != l.getGraphic() && !shown.getText().equals(l.getText()))
                    out.add(l.getText() + " → " + shown.getText() + "  [" + l.getClass().getSimpleName()
                            + (l.getId() == null ? "" : " #" + l.getId()) + ", " + Math.round(l.getWidth()) + " px]");
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) walk(c, out);
    }
}
