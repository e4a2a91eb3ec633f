package dev.costbench.ui.canvas;

import dev.costbench.model.Block;
import dev.costbench.model.BlockKind;
import dev.costbench.model.Connection;
import dev.costbench.model.Scenario;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.CostReport;
import dev.costbench.ui.Workbench;
import dev.costbench.ui.command.AddBlocks;
import dev.costbench.ui.command.BlockIds;
import dev.costbench.ui.command.EditorState;
import dev.costbench.model.Container;
import dev.costbench.model.ContainerKind;
import dev.costbench.ui.canvas.gesture.CanvasAccess;
import dev.costbench.ui.canvas.gesture.MoveContainerGesture;
import dev.costbench.ui.canvas.gesture.ResizeContainerGesture;
import dev.costbench.ui.canvas.gesture.ConnectGesture;
import dev.costbench.ui.canvas.gesture.KeyboardGesture;
import dev.costbench.ui.canvas.gesture.MarqueeGesture;
import dev.costbench.ui.canvas.gesture.PanGesture;
import dev.costbench.ui.canvas.gesture.SelectAndMoveGesture;
import dev.costbench.ui.canvas.gesture.SelectConnectionGesture;
import dev.costbench.ui.canvas.gesture.ZoomGesture;
import dev.costbench.ui.palette.BlockDropTarget;
import dev.costbench.ui.palette.BlockTemplates;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The design surface. Layers, back to front: a grid (a Canvas, redrawn on pan/zoom), connections,
 * blocks, and an overlay for the rubber band and the connection being drawn. Blocks and arrows are
 * scene-graph nodes kept in step with the scenario on screen; every change goes through the command stack.
 * What the mouse and keys do is one gesture class each (package {@code gesture}); the canvas keeps the views in
 * step with the design and only the visible ones on screen.
 */
public final class DesignCanvas extends Region implements BlockDropTarget, CanvasAccess {
    public static final double GRID = 20;
    /** Below this zoom block text is too small to read, so blocks show only their icon. */
    static final double DETAIL_ZOOM = 0.45;
    /** Opening a design fits it to the window, but not below this zoom, so blocks stay readable. */
    static final double OPEN_MIN_ZOOM = 0.6;

    private final Workbench workbench;
    private final Viewport viewport = new Viewport();
    private final Canvas grid = new Canvas();
    private final Group world = new Group();
    private final Group containerLayer = new Group();
    private final Group connectionLayer = new Group();
    private final Group blockLayer = new Group();
    private final Group worldOverlay = new Group();
    private final Group screenOverlay = new Group();
    private final Map<String, BlockView> views = new LinkedHashMap<>();
    /** Block id → comparison mark while a scenario comparison is open. */
    private Map<String, javafx.css.PseudoClass> comparison = Map.of();
    private java.util.function.Function<Block, java.util.List<javafx.scene.control.MenuItem>> blockMenu = b -> java.util.List.of();
    private javafx.scene.control.ContextMenu openMenu;
    private final Map<Connection, ConnectionView> arrows = new HashMap<>();
    private final Map<String, ContainerView> frames = new LinkedHashMap<>();
    private final MoveContainerGesture moveContainer = new MoveContainerGesture(this);
    private final ResizeContainerGesture resizeContainer = new ResizeContainerGesture(this);
    private final SelectAndMoveGesture selectAndMove = new SelectAndMoveGesture(this);
    private final ConnectGesture connect = new ConnectGesture(this);
    private final SelectConnectionGesture selectConnection = new SelectConnectionGesture(this);
    private final MarqueeGesture marquee = new MarqueeGesture(this);
    private final PanGesture pan = new PanGesture(this);
    private final ZoomGesture zoom = new ZoomGesture(this);
    private final KeyboardGesture keys = new KeyboardGesture(this);
    private final CanvasEdits edits = new CanvasEdits(this);
    private final Minimap minimap = new Minimap(this::centerOn);
    private final javafx.beans.property.ObjectProperty<Connection> selectedConnectionProperty =
            new javafx.beans.property.SimpleObjectProperty<>(this, "selectedConnection");

    private Scenario shown;
    private boolean detailed = true;

    public DesignCanvas(Workbench workbench) {
        this.workbench = workbench;
        setId("canvas");
        getStyleClass().add("design-canvas");
        setFocusTraversable(true);
        setMinSize(200, 150);
        grid.setMouseTransparent(true);
        grid.setManaged(false);
        world.setManaged(false);
        world.getTransforms().setAll(viewport.translate(), viewport.scale());
        world.getChildren().addAll(containerLayer, connectionLayer, blockLayer, worldOverlay);
        worldOverlay.getChildren().add(connect.line());
        worldOverlay.setMouseTransparent(true);
        screenOverlay.setManaged(false);
        screenOverlay.setMouseTransparent(true);
        screenOverlay.getChildren().add(marquee.band());
        minimap.setManaged(false);
        minimap.setVisible(false);
        minimap.visibleProperty().addListener(o -> drawMinimap());
        getChildren().addAll(grid, world, screenOverlay, minimap);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        viewport.translate().xProperty().addListener(o -> viewChanged());
        viewport.translate().yProperty().addListener(o -> viewChanged());
        viewport.zoomProperty().addListener(o -> viewChanged());
        // a press on the background focuses the canvas first, so a field being edited commits before the selection changes
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        // presses that no block, frame or arrow took: pan or marquee
        pan.install(this);
        marquee.install(this);
        zoom.install(this);
        keys.install(this);
        addEventHandler(MouseEvent.ANY, e -> {
            if (e.getEventType() == MouseEvent.MOUSE_PRESSED || e.getEventType() == MouseEvent.MOUSE_DRAGGED
                    || e.getEventType() == MouseEvent.MOUSE_RELEASED) e.consume();
        });

        workbench.commands().stateProperty().addListener((o, a, s) -> render(s));
        workbench.commands().stateProperty().addListener(o -> drawMinimap());
        workbench.openedProperty().addListener((o, a, n) -> javafx.application.Platform.runLater(this::fitOpened));
        workbench.repricer().reportProperty().addListener((o, a, r) -> showCosts(r));
        render(workbench.state());
        showCosts(workbench.report());
    }

    // ---- keeping the views in step with the model -------------------------------------------------

    private void render(EditorState state) {
        Scenario s = state.scenario();
        if (s != shown) {
            boolean otherScenario = shown == null || !s.name().equals(shown.name());
            Sync sync = syncBlocks(s);
            if (sync.replaced() || shown == null || !s.connections().equals(shown.connections())) syncConnections(s);
            if (shown == null || s.containers() != shown.containers()) syncContainers(s);
            if (sync.replaced() || sync.moved()) cullToView();
            shown = s;
            // new views take their costs in one pass over the report: a design opened makes every view new, and a
            // look-up through the report's list for each was quadratic (a second of the UI thread at 5,000 blocks)
            if (otherScenario || sync.replaced()) showCosts(workbench.report());
        }
        views.forEach((id, v) -> v.setSelected(state.selection().contains(id)));
        frames.forEach((id, v) -> v.setSelected(state.selection().contains(id)));
        Connection selectedConnection = selectedConnectionProperty.get();
        // a connection whose labels were edited is the same connection: keep it selected
        if (selectedConnection != null && !arrows.containsKey(selectedConnection))
            selectedConnectionProperty.set(arrows.keySet().stream().filter(selectedConnection::sameEnds).findFirst().orElse(null));
        arrows.forEach((c, v) -> v.setSelected(c.equals(selectedConnectionProperty.get())));
    }

    /** What keeping the views in step changed: views created or removed, blocks moved. */
    private record Sync(boolean replaced, boolean moved) {}

    /** Updates block views in place. An edit changes a block or two, so unchanged blocks cost an identity check. */
    private Sync syncBlocks(Scenario s) {
        boolean replaced = false, moved = false;
        for (Block b : s.blocks()) {
            BlockView v = views.get(b.id());
            if (v == null || v.block().kind() != b.kind()) {
                if (v != null) blockLayer.getChildren().remove(v);
                v = newBlockView(b);
                replaced = true;
                views.put(b.id(), v);
                // cullToView puts it on the canvas if it is in view; render shows its cost
            } else if (b != v.block()) {
                moved |= b.x() != v.block().x() || b.y() != v.block().y();
                v.update(b);
            }
        }
        // block ids are unique: as many views as blocks, none of them new, means none was removed
        if (views.size() == s.blocks().size() && !replaced) return new Sync(false, moved);
        Set<String> present = new HashSet<>();
        for (Block b : s.blocks()) present.add(b.id());
        int before = views.size();
        views.keySet().removeIf(id -> {
            if (present.contains(id)) return false;
            blockLayer.getChildren().remove(views.get(id));
            return true;
        });
        return new Sync(replaced || views.size() != before, moved);
    }

    private void syncConnections(Scenario s) {
        arrows.clear();
        connectionLayer.getChildren().clear();
        for (Connection c : s.connections()) {
            BlockView from = views.get(c.from()), to = views.get(c.to());
            if (from == null || to == null) continue;
            ConnectionView arrow = new ConnectionView(c, from, to);
            selectConnection.install(arrow, c);
            arrows.put(c, arrow);
            connectionLayer.getChildren().add(arrow);
        }
    }

    /** Frames are few: any change to them rebuilds their views, outermost first so inner frames draw on top. */
    private void syncContainers(Scenario s) {
        Map<String, ContainerView> kept = new HashMap<>(frames);
        frames.clear();
        java.util.List<javafx.scene.Node> ordered = new java.util.ArrayList<>();
        for (Container c : s.containers()) {
            ContainerView v = kept.remove(c.id());
            if (v == null || v.container().kind() != c.kind()) {
                v = new ContainerView(c);
                moveContainer.install(v);
                resizeContainer.install(v);
            } else v.update(c);
            frames.put(c.id(), v);
            ordered.add(v);
        }
        containerLayer.getChildren().setAll(ordered);
    }

    private void showCosts(CostReport report) {
        // every view takes its block's cost (a view whose block the report lacks shows none): the report's blocks
        // are the views' blocks, so each view is found by id once, with no map of the report built on every edit
        int shownCosts = 0;
        if (report != null)
            for (BlockCost b : report.blocks()) {
                BlockView v = views.get(b.blockId());
                if (v != null) {
                    v.showCost(b);
                    shownCosts++;
                }
            }
        if (shownCosts == views.size()) return;
        Set<String> priced = new HashSet<>();
        if (report != null) for (BlockCost b : report.blocks()) priced.add(b.blockId());
        views.forEach((id, v) -> { if (!priced.contains(id)) v.showCost(null); });
    }

    private BlockView newBlockView(Block b) {
        BlockView v = new BlockView(b);
        // the secondary button opens the block's menu (the context-menu event also covers the keyboard's menu key)
        v.setOnContextMenuRequested(e -> { showBlockMenu(v, e.getScreenX(), e.getScreenY()); e.consume(); });
        v.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) { showBlockMenu(v, e.getScreenX(), e.getScreenY()); e.consume(); }
        });
        v.setComparison(comparison.get(b.id()));
        if (!detailed) v.setDetailed(false);
        selectAndMove.install(v);
        connect.install(v);
        return v;
    }

    // ---- actions the menus and shortcuts call -----------------------------------------------------

    @Override
    public void nudge(double dx, double dy) { edits.nudge(dx, dy); }

    @Override
    public void deleteSelection() { edits.deleteSelection(selectedConnectionProperty.get()); }

    /** Adds a frame of {@code kind} around the selected blocks, else in the middle of the view. */
    public void addContainer(ContainerKind kind) { edits.addContainer(kind); }

    public void duplicateSelection() { edits.duplicateSelection(); }

    public void copySelection() { edits.copySelection(); }

    public void cutSelection() { edits.cutSelection(); }

    public void paste() { edits.paste(); }

    public void selectAll() { edits.selectAll(); }

    public void zoomIn() { zoom.zoomIn(); }

    public void zoomOut() { zoom.zoomOut(); }

    public void actualSize() { zoom.actualSize(); }

    /** Zooms and pans so every block is in view (never above 100%). */
    public void fitToWindow() { fit(Viewport.MIN_ZOOM); }

    /** Fits a freshly opened design, keeping a large one readable: it then shows its top-left part. */
    public void fitOpened() { fit(OPEN_MIN_ZOOM); }

    /** Items the window adds below the standard ones of a block's context menu (e.g. Price on other platforms…). */
    public void setBlockMenu(java.util.function.Function<Block, java.util.List<javafx.scene.control.MenuItem>> items) { blockMenu = items; }

    private void showBlockMenu(BlockView v, double screenX, double screenY) {
        Block b = workbench.scenario().block(v.block().id()).orElse(null);
        if (b == null) return;
        if (!workbench.selection().contains(b.id())) workbench.select(Set.of(b.id()));
        java.util.List<javafx.scene.control.MenuItem> items = new java.util.ArrayList<>(
                BlockMenu.items(workbench, b, this::duplicateSelection, this::deleteSelection));
        java.util.List<javafx.scene.control.MenuItem> more = blockMenu.apply(b);
        if (!more.isEmpty()) {
            items.add(BlockMenu.separator());
            items.addAll(more);
        }
        if (openMenu != null) openMenu.hide();
        openMenu = new javafx.scene.control.ContextMenu(items.toArray(javafx.scene.control.MenuItem[]::new));
        openMenu.show(v, screenX, screenY);
    }

    /** Selects nothing but scrolls so the block is in the middle of the view (Find). */
    public void reveal(String blockId) {
        workbench.scenario().block(blockId).ifPresent(b -> centerOn(b.x() + BlockView.WIDTH / 2, b.y() + BlockView.HEIGHT / 2));
        requestFocus();
    }

    /** Pans, at the same zoom, so the world point is in the middle of the view. */
    public void centerOn(double worldX, double worldY) {
        viewport.translate().setX(getWidth() / 2 - worldX * viewport.zoom());
        viewport.translate().setY(getHeight() / 2 - worldY * viewport.zoom());
    }

    /** Fits the design and zooms in (up to 2.5×) to fill the view, for presenting on a projector. */
    public void fitToPresent() { fit(Viewport.MIN_ZOOM, 2.5); }

    private void fit(double minZoom) { fit(minZoom, 1); }

    private void fit(double minZoom, double maxZoom) {
        if (views.isEmpty() && frames.isEmpty()) return;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (BlockView v : views.values()) {
            minX = Math.min(minX, v.getLayoutX());
            minY = Math.min(minY, v.getLayoutY());
            maxX = Math.max(maxX, v.getLayoutX() + BlockView.WIDTH + 8);
            maxY = Math.max(maxY, v.getLayoutY() + BlockView.HEIGHT);
        }
        for (ContainerView v : frames.values()) {
            Container c = v.container();
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
            maxX = Math.max(maxX, c.x() + c.width());
            maxY = Math.max(maxY, c.y() + c.height());
        }
        viewport.fit(new Rectangle2D(minX, minY, maxX - minX, maxY - minY), getWidth(), getHeight(), 30, minZoom, maxZoom);
    }

    @Override
    public boolean dropAt(BlockKind kind, double sceneX, double sceneY) {
        Bounds b = localToScene(getLayoutBounds());
        if (!b.contains(sceneX, sceneY)) return false;
        Point2D local = sceneToLocal(sceneX, sceneY);
        Point2D w = viewport.toWorld(local.getX(), local.getY());
        add(kind, w.getX() - BlockView.WIDTH / 2, w.getY() - BlockView.HEIGHT / 2);
        requestFocus();
        return true;
    }

    @Override
    public void addInView(BlockKind kind) {
        Point2D w = viewport.toWorld(getWidth() / 2, getHeight() / 2);
        add(kind, w.getX() - BlockView.WIDTH / 2, w.getY() - BlockView.HEIGHT / 2);
    }

    private void add(BlockKind kind, double x, double y) {
        Scenario s = workbench.scenario();
        Block b = new BlockTemplates(workbench.catalog()).create(kind, new BlockIds(s).next(kind), s.region(), snap(x), snap(y));
        Set<String> names = new HashSet<>();
        s.blocks().forEach(o -> names.add(o.name()));
        workbench.execute(AddBlocks.one(b.withName(BlockClipboard.freeName(b.name(), names))));
    }

    // ---- helpers ----------------------------------------------------------------------------------

    @Override
    public Point2D toWorld(MouseEvent e) {
        Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
        return viewport.toWorld(local.getX(), local.getY());
    }

    static double snap(double v) { return Math.round(v / GRID) * GRID; }

    @Override
    public Viewport viewport() { return viewport; }

    public BlockView view(String blockId) { return views.get(blockId); }

    /** Marks blocks as changed or added (pseudo-classes on their views) until {@link #clearComparison}. */
    public void showComparison(Map<String, javafx.css.PseudoClass> marks) {
        comparison = Map.copyOf(marks);
        views.forEach((id, v) -> v.setComparison(comparison.get(id)));
    }

    public void clearComparison() { showComparison(Map.of()); }

    public ConnectionView arrow(Connection c) { return arrows.get(c); }

    public Connection selectedConnection() { return selectedConnectionProperty.get(); }

    /** The connection selected on the canvas (null: none), for the inspector's label fields. */
    public javafx.beans.property.ReadOnlyObjectProperty<Connection> selectedConnectionProperty() { return selectedConnectionProperty; }

    @Override
    public Workbench workbench() { return workbench; }

    @Override
    public ContainerView containerView(String containerId) { return frames.get(containerId); }

    @Override
    public double toGrid(double v) { return snap(v); }

    @Override
    public void focus() { requestFocus(); }

    @Override
    public java.util.Collection<BlockView> blockViews() { return views.values(); }

    @Override
    public boolean handToolHeld() { return pan.handHeld(); }

    @Override
    public void selectConnection(Connection connection) { selectedConnectionProperty.set(connection); }

    @Override
    public void showSelection() { render(workbench.state()); }

    /** View → Minimap: the overview in the bottom-right corner. */
    public javafx.beans.property.BooleanProperty minimapShownProperty() { return minimap.visibleProperty(); }

    public Minimap minimap() { return minimap; }

    private void drawMinimap() {
        if (!minimap.isVisible() || getWidth() <= 0) return;
        Point2D a = viewport.toWorld(0, 0), b = viewport.toWorld(getWidth(), getHeight());
        minimap.draw(workbench.scenario(), new Rectangle2D(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY()));
    }

    @Override
    protected void layoutChildren() {
        minimap.relocate(getWidth() - Minimap.WIDTH - 10, getHeight() - Minimap.HEIGHT - 10);
        if (grid.getWidth() != getWidth() || grid.getHeight() != getHeight()) {
            grid.setWidth(getWidth());
            grid.setHeight(getHeight());
            viewChanged();
        }
    }

    private void viewChanged() {
        drawGrid();
        drawMinimap();
        boolean detailed = viewport.zoom() >= DETAIL_ZOOM;
        if (detailed != this.detailed) {
            this.detailed = detailed;
            views.values().forEach(v -> v.setDetailed(detailed));
        }
        cullToView();
    }

    /**
     * Keeps on the canvas only the blocks in its visible part, and hides arrows outside it. Blocks out of view
     * are taken out of the scene graph, not just hidden: every frame walks the whole graph, and JavaFX redraws
     * the whole window when the only nodes that changed are hidden ones. So a 500-block design costs a frame
     * what its visible blocks cost, and an edit of a block out of view draws nothing.
     */
    @Override
    public void cullToView() {
        if (getWidth() <= 0 || getHeight() <= 0) return;
        Point2D a = viewport.toWorld(-GRID, -GRID), b = viewport.toWorld(getWidth() + GRID, getHeight() + GRID);
        Set<javafx.scene.Node> leaving = new HashSet<>();
        java.util.List<BlockView> entering = new java.util.ArrayList<>();
        for (BlockView v : views.values()) {
            boolean in = v.getLayoutX() + BlockView.WIDTH >= a.getX() && v.getLayoutX() <= b.getX()
                    && v.getLayoutY() + BlockView.HEIGHT >= a.getY() && v.getLayoutY() <= b.getY();
            boolean shown = v.getParent() == blockLayer;
            if (in && !shown) entering.add(v);
            else if (!in && shown) leaving.add(v);
        }
        if (!leaving.isEmpty()) blockLayer.getChildren().removeIf(leaving::contains);
        if (!entering.isEmpty()) blockLayer.getChildren().addAll(entering);
        for (ConnectionView c : arrows.values()) {
            Bounds r = c.getBoundsInParent();
            boolean in = r.getMaxX() >= a.getX() && r.getMinX() <= b.getX() && r.getMaxY() >= a.getY() && r.getMinY() <= b.getY();
            if (c.isVisible() != in) c.setVisible(in);
        }
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        double w = grid.getWidth(), h = grid.getHeight();
        g.clearRect(0, 0, w, h);
        double step = GRID * viewport.zoom();
        while (step < 10) step *= 5;
        double ox = mod(viewport.translate().getX(), step), oy = mod(viewport.translate().getY(), step);
        g.setStroke(Color.gray(0.5, 0.18));
        g.setLineWidth(1);
        for (double x = ox; x < w; x += step) g.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, h);
        for (double y = oy; y < h; y += step) g.strokeLine(0, Math.floor(y) + 0.5, w, Math.floor(y) + 0.5);
    }

    private static double mod(double a, double m) { return ((a % m) + m) % m; }
}
