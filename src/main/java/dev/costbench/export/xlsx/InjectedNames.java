package dev.costbench.export.xlsx;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The block inputs' defined names, written into {@code xl/workbook.xml} as the zip is written rather than made one by one
 * through POI's {@code createName}: for each of them POI builds an XMLBeans object, checks the name with a regular
 * expression and parses the formula it refers to, which was about a sixth of a 1,000-block design's first export
 * (10,000 names; docs/export.md, "Size at scale"). The XML is the same as POI writes: {@code <definedName name="…">ref</definedName>}
 * after POI's own names, in {@code <definedNames>}, which POI always writes here (the option-key name and the print areas).
 * The names are made by {@link InputNames} from the block's id and field, and each refers to one Assumptions cell.
 */
final class InjectedNames {
    static final String WORKBOOK_PART = "xl/workbook.xml";
    private static final String END = "</definedNames>";

    private final List<String[]> names = new ArrayList<>();

    void add(String name, String refersTo) { names.add(new String[] {name, refersTo}); }

    boolean isEmpty() { return names.isEmpty(); }

    /** {@code workbookXml} with the names added at the end of its defined names. */
    String into(String workbookXml) {
        int at = workbookXml.indexOf(END);
        if (at < 0) throw new IllegalStateException(WORKBOOK_PART + " has no defined names to add the inputs' names to");
        StringBuilder s = new StringBuilder(workbookXml.length() + names.size() * 64);
        s.append(workbookXml, 0, at);
        for (String[] n : names)
            s.append("<definedName name=\"").append(escape(n[0])).append("\">").append(escape(n[1])).append("</definedName>");
        return s.append(workbookXml, at, workbookXml.length()).toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** {@code zip}'s entries as written, but {@link #WORKBOOK_PART} with the names added. */
    ZipArchiveOutputStream wrap(OutputStream target) {
        return new ZipArchiveOutputStream(target) {
            private ZipArchiveEntry held;
            private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                if (!isEmpty() && WORKBOOK_PART.equals(entry.getName())) {
                    held = entry;
                    buffer.reset();
                } else super.putArchiveEntry(entry);
            }

            @Override
            public void write(byte[] b, int offset, int length) throws IOException {
                if (held != null) buffer.write(b, offset, length);
                else super.write(b, offset, length);
            }

            @Override
            public void closeArchiveEntry() throws IOException {
                if (held == null) {
                    super.closeArchiveEntry();
                    return;
                }
                byte[] xml = into(buffer.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                // a new entry: the one POI made carries the size of the part without the names
                ZipArchiveEntry entry = new ZipArchiveEntry(held.getName());
                entry.setTime(held.getTime());
                held = null;
                super.putArchiveEntry(entry);
                super.write(xml, 0, xml.length);
                super.closeArchiveEntry();
            }
        };
    }
}
