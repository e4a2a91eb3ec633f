package dev.costbench.ui.canvas;

import dev.costbench.model.Block;
import dev.costbench.model.Connection;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.model.Scenario;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.canvas.gesture.CanvasAccess;
import dev.costbench.ui.command.AddContainer;
import dev.costbench.ui.command.MoveBlocks;
import dev.costbench.ui.command.RemoveBlocks;
import dev.costbench.ui.command.RemoveConnections;
import dev.costbench.ui.command.RemoveContainers;
import javafx.geometry.Point2D;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The edits the Edit and Arrange menus, the block menu and the canvas's keys make on the selection, each one
 * undoable command; the canvas only forwards to them.
 */
final class CanvasEdits {
    private static final double GRID = DesignCanvas.GRID;

    private final CanvasAccess canvas;
    private final BlockClipboard clipboard = new BlockClipboard();

    CanvasEdits(CanvasAccess canvas) { this.canvas = canvas; }

    private Workbench workbench() { return canvas.workbench(); }

    /** Moves the selected blocks by (dx, dy), landing on the grid. */
    void nudge(double dx, double dy) {
        Workbench workbench = workbench();
        Map<String, MoveBlocks.Position> moved = new HashMap<>();
        for (String id : workbench.selection())
            workbench.scenario().block(id).ifPresent(b -> moved.put(id,
                    new MoveBlocks.Position(canvas.toGrid(b.x() + dx), canvas.toGrid(b.y() + dy))));
        if (!moved.isEmpty()) workbench.execute(new MoveBlocks(moved));
        canvas.cullToView();
    }

    /** Deletes the selected frames, else the selected blocks, else {@code selectedConnection} (null: none). */
    void deleteSelection(Connection selectedConnection) {
        Workbench workbench = workbench();
        Set<String> selection = workbench.selection();
        boolean frameSelected = workbench.scenario().containers().stream().anyMatch(c -> selection.contains(c.id()));
        if (frameSelected) workbench.execute(new RemoveContainers(selection));
        else if (!selection.isEmpty()) workbench.execute(new RemoveBlocks(selection));
        else if (selectedConnection != null) workbench.execute(new RemoveConnections(Set.of(selectedConnection)));
    }

    /**
     * Adds a frame of {@code kind}: around the selected blocks when there are any (the way a diagram groups what
     * is already drawn), else in the middle of the view.
     */
    void addContainer(ContainerKind kind) {
        Workbench workbench = workbench();
        Scenario s = workbench.scenario();
        double x, y, w, h;
        List<Block> selected = s.blocks().stream().filter(b -> workbench.selection().contains(b.id())).toList();
        if (!selected.isEmpty()) {
            double minX = selected.stream().mapToDouble(Block::x).min().orElseThrow();
            double minY = selected.stream().mapToDouble(Block::y).min().orElseThrow();
            double maxX = selected.stream().mapToDouble(b -> b.x() + BlockView.WIDTH).max().orElseThrow();
            double maxY = selected.stream().mapToDouble(b -> b.y() + BlockView.HEIGHT).max().orElseThrow();
            x = minX - GRID;
            y = minY - 2 * GRID;
            w = maxX - minX + 2 * GRID;
            h = maxY - minY + 3 * GRID;
        } else {
            Point2D c = canvas.viewport().toWorld(canvas.getWidth() / 2, canvas.getHeight() / 2);
            w = 2 * BlockView.WIDTH + 4 * GRID;
            h = 2 * BlockView.HEIGHT + 6 * GRID;
            x = canvas.toGrid(c.getX() - w / 2);
            y = canvas.toGrid(c.getY() - h / 2);
        }
        Set<String> used = new HashSet<>();
        s.blocks().forEach(b -> used.add(b.id()));
        s.containers().forEach(c -> used.add(c.id()));
        String id;
        for (int n = 1; ; n++) if (!used.contains(id = kind.fileName() + "-" + n)) break;
        Container c = new Container(id, kind, kind.displayName(), x, y, Math.max(w, Container.MIN_WIDTH),
                Math.max(h, Container.MIN_HEIGHT), null, null, null, List.of());
        workbench.execute(new AddContainer(c));
        canvas.focus();
    }

    void duplicateSelection() {
        Workbench workbench = workbench();
        if (!workbench.selection().isEmpty()) workbench.execute(BlockClipboard.duplicate(workbench.scenario(), workbench.selection()));
    }

    void copySelection() {
        Workbench workbench = workbench();
        if (!workbench.selection().isEmpty()) clipboard.copy(workbench.scenario(), workbench.selection());
    }

    void cutSelection() {
        copySelection();
        Workbench workbench = workbench();
        if (!workbench.selection().isEmpty()) workbench.execute(new RemoveBlocks(workbench.selection()));
    }

    void paste() {
        if (!clipboard.isEmpty()) workbench().execute(clipboard.paste(workbench().scenario(), "Paste"));
    }

    void selectAll() {
        Set<String> all = new HashSet<>();
        for (Block b : workbench().scenario().blocks()) all.add(b.id());
        workbench().select(all);
    }
}
