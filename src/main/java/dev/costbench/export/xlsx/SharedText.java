package dev.costbench.export.xlsx;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's shared strings, which text cells point into instead of each carrying its text: at 1,000 blocks
 * about 630,000 text cells hold 17,000 different texts (a block's name on each of its lines, "hourly", "published"),
 * and LibreOffice opens the workbook faster with them shared. POI's table keeps each text as an XMLBeans object and
 * finds it by serialising it to XML; this one keeps the texts as strings, finds them by their text and writes the
 * part itself, with the same XML. The workbook writes plain text only (no formatting within a cell).
 */
final class SharedText extends SharedStringsTable {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    /** Cells pointing into the table (the part's count). */
    private int references;

    /** {@code text}'s index in the table, added when it is new; one more cell points at it. */
    int indexOf(String text) {
        references++;
        Integer known = index.get(text);
        if (known != null) return known;
        int i = texts.size();
        texts.add(text);
        index.put(text, i);
        return i;
    }

    /** The cells POI writes itself (headings, notes) share the table too. */
    @Override
    public int addSharedStringItem(RichTextString string) {
        if (!(string instanceof XSSFRichTextString rich) || rich.numFormattingRuns() > 0 || !rich.getCTRst().isSetT())
            throw new IllegalArgumentException("the workbook writes plain text only");
        return indexOf(rich.getCTRst().getT());
    }

    @Override
    public RichTextString getItemAt(int idx) { return new XSSFRichTextString(texts.get(idx)); }

    @Override
    public List<RichTextString> getSharedStringItems() {
        return texts.stream().map(t -> (RichTextString) new XSSFRichTextString(t)).toList();
    }

    @Override
    public int getCount() { return references; }

    @Override
    public int getUniqueCount() { return texts.size(); }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"" + references + "\" uniqueCount=\"" + texts.size()
                + "\" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (String t : texts) {
            w.write(XmlText.hasLeadingTrailingSpaces(t) ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            XmlText.write(w, t);
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush();
    }

    /** A new workbook whose shared strings are a {@link SharedText}. */
    static XSSFWorkbook newWorkbook() {
        return new XSSFWorkbook(new Factory());
    }

    /** POI's factory of workbook parts, making the shared strings part a {@link SharedText}. */
    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new SharedText() : super.newDocumentPart(descriptor);
        }
    }
}
