package dev.costbench.ui.diagram;

import dev.costbench.export.diagram.Diagram;
import dev.costbench.export.diagram.DiagramExporter;
import dev.costbench.export.diagram.DiagramFormat;
import dev.costbench.pricing.CostReport;
import dev.costbench.ui.Workbench;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.image.ImageView;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * File → Export Diagram… and File → Print…: the scenario on screen drawn by the same exporter as
 * {@code costbench diagram}, with the cost labels of the report the window shows.
 */
public final class DiagramActions {
    private final Workbench workbench;
    private final Supplier<Window> owner;
    private final Consumer<String> tell;
    private final DiagramExporter exporter = new DiagramExporter();
    private Function<FileChooser, File> askWhere;
    private Supplier<Printer> printer = Printer::getDefaultPrinter;

    public DiagramActions(Workbench workbench, Supplier<Window> owner, Consumer<String> tell) {
        this.workbench = workbench;
        this.owner = owner;
        this.tell = tell;
        this.askWhere = chooser -> chooser.showSaveDialog(owner.get());
    }

    /** For tests: answer the save dialog without showing it. */
    public void answerDialogWith(Function<FileChooser, File> answer) { askWhere = answer; }

    /** For tests: the printer Print uses (null: none is set up). */
    public void usePrinter(Supplier<Printer> which) { printer = which; }

    /** The scenario on screen with the report the window shows; priced now if the window has not priced it yet. */
    public Diagram diagram() {
        CostReport report = workbench.report();
        if (report == null || !report.scenario().equals(workbench.scenario().name())) report = workbench.engine().price(workbench.scenario());
        return Diagram.of(workbench.project().name(), workbench.scenario(), report, workbench.catalog());
    }

    public void exportDiagram() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export Diagram");
        for (DiagramFormat f : DiagramFormat.values())
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description() + " (*." + f.extension() + ")", "*." + f.extension()));
        chooser.setInitialFileName((workbench.project().name() + "-" + workbench.scenario().name())
                .replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(Locale.ROOT) + ".png");
        Path current = workbench.file();
        if (current != null && current.toAbsolutePath().getParent() != null)
            chooser.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        File chosen = askWhere.apply(chooser);
        if (chosen == null) return;
        Path file = chosen.toPath();
        DiagramFormat format = DiagramFormat.ofFile(file);
        if (format == null) {
            // no extension typed: the format of the filter the user picked
            int i = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
            format = DiagramFormat.values()[Math.max(0, i)];
            file = file.resolveSibling(file.getFileName() + "." + format.extension());
        }
        write(file, format);
    }

    /** Writes the diagram; a file that cannot be written is said in one line, never as a stack trace. */
    public boolean write(Path file, DiagramFormat format) {
        try {
            workbench.session().writeDiagram(diagram(), format, file);
            tell.accept("Exported the diagram of " + workbench.scenario().name() + " to " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, "Costbench could not write " + file + (e.getMessage() == null ? "." : ": " + e.getMessage()),
                    ButtonType.OK);
            a.setHeaderText("The diagram was not exported");
            if (owner.get() != null) a.initOwner(owner.get());
            a.show();
            return false;
        }
    }

    /**
     * Prints the diagram on one page, scaled to fit. Without a printer the system has nothing to ask, so the
     * window says so at once (and suggests the PDF) instead of opening a dialog that can wait forever.
     * Returns whether a page was sent.
     */
    public boolean print() {
        Printer target = printer.get();
        if (target == null) {
            tell.accept("No printer is set up: export the diagram as PDF (File → Export Diagram…) and print that");
            Alert a = new Alert(Alert.AlertType.INFORMATION,
                    "No printer is set up on this computer. Export the diagram as a PDF with File → Export Diagram… and print that.",
                    ButtonType.OK);
            a.setHeaderText("Nothing to print on");
            if (owner.get() != null) a.initOwner(owner.get());
            a.show();
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob(target);
        if (job == null || !job.showPrintDialog(owner.get())) return false;
        Diagram d = diagram();
        PageLayout layout = job.getPrinter().createPageLayout(Paper.A4,
                d.pageWidth() > d.pageHeight() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.DEFAULT);
        ImageView page = new ImageView(SwingFXUtils.toFXImage(exporter.image(d, DiagramExporter.PNG_SCALE), null));
        page.setPreserveRatio(true);
        page.setFitWidth(layout.getPrintableWidth());
        page.setFitHeight(layout.getPrintableHeight());
        boolean printed = job.printPage(layout, page) && job.endJob();
        tell.accept(printed ? "Sent the diagram of " + workbench.scenario().name() + " to " + target.getName() : "Printing was cancelled");
        return printed;
    }
}
