package dev.costbench.export.diagram;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import dev.costbench.files.AtomicFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a diagram as a PNG (twice the canvas resolution, for print), an SVG or a PDF, all drawn by the one
 * {@link DiagramRenderer}. Runs headless: the command line and the window's File menu call the same code.
 */
public final class DiagramExporter {
    /** Pixels per canvas unit in a PNG: 2× keeps text sharp when printed or shown on a high-density screen. */
    public static final int PNG_SCALE = 2;

    private final DiagramRenderer renderer = new DiagramRenderer();

    /**
     * Writes {@code file} whole or not at all (a temporary file renamed over it, as every export): a full disk or a
     * killed process leaves the picture that was there.
     */
    public void write(Diagram diagram, DiagramFormat format, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            switch (format) {
                case PNG -> writePng(diagram, out);
                case SVG -> writeSvg(diagram, out);
                case PDF -> writePdf(diagram, out);
            }
        });
    }

    /** An image holds at most this many pixels (160 MB): a design spread over a huge canvas is drawn smaller. */
    static final double MAX_PIXELS = 40_000_000;
    static final double MAX_PDF_POINTS = 14_400;

    public BufferedImage image(Diagram diagram, int requestedScale) {
        double pageArea = diagram.pageWidth() * diagram.pageHeight();
        double scale = Math.min(requestedScale, Math.sqrt(MAX_PIXELS / pageArea));
        int w = Math.max(1, (int) Math.ceil(diagram.pageWidth() * scale)), h = Math.max(1, (int) Math.ceil(diagram.pageHeight() * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            renderer.draw(diagram, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void writePng(Diagram diagram, OutputStream out) throws IOException {
        if (!ImageIO.write(image(diagram, PNG_SCALE), "png", out)) throw new IOException("no PNG writer is available");
    }

    private void writeSvg(Diagram diagram, OutputStream out) throws IOException {
        SVGGraphics2D g = new SVGGraphics2D(diagram.pageWidth(), diagram.pageHeight());
        renderer.draw(diagram, g);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        text.write(g.getSVGDocument());
        text.flush();
    }

    private void writePdf(Diagram diagram, OutputStream out) throws IOException {
        // PDF pages end at 200 inches (14,400 points): a larger drawing is scaled down to fit
        double fit = Math.min(1, MAX_PDF_POINTS / Math.max(diagram.pageWidth(), diagram.pageHeight()));
        float w = (float) (diagram.pageWidth() * fit), h = (float) (diagram.pageHeight() * fit);
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(diagram.title());
            info.setCreator("Costbench");
            doc.setDocumentInformation(info);
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, w, h);
            // the PDF's standard fonts keep text as text, so a reader can search and copy block names
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            try {
                g.scale(fit, fit);
                renderer.draw(diagram, g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawForm(g.getXFormObject());
            }
            doc.save(out);
        }
    }
}
