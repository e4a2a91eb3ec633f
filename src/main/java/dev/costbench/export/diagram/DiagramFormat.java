package dev.costbench.export.diagram;

import java.nio.file.Path;
import java.util.Locale;

/** The files a diagram is written as. */
public enum DiagramFormat {
    PNG("png", "PNG image"), SVG("svg", "SVG drawing"), PDF("pdf", "PDF document");

    private final String extension;
    private final String description;

    DiagramFormat(String extension, String description) {
        this.extension = extension;
        this.description = description;
    }

    public String extension() { return extension; }

    public String description() { return description; }

    /** The format a file name's extension asks for, or null. */
    public static DiagramFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (DiagramFormat f : values()) if (name.endsWith("." + f.extension)) return f;
        return null;
    }
}
