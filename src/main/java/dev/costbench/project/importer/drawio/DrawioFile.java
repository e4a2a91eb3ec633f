package dev.costbench.project.importer.drawio;

import dev.costbench.project.importer.DesignImportException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The graph model of a draw.io file's first page. A page is stored either as XML ({@code <diagram><mxGraphModel>})
 * or compressed: the model's XML URL-encoded, deflated without a header, then base64, as the page's text.
 */
final class DrawioFile {
    /** A compressed page that inflates past this is not a diagram a person drew. */
    static final int MAX_INFLATED_BYTES = 50 * 1024 * 1024;

    private DrawioFile() {}

    /** The first page's {@code <mxGraphModel>}, and the names of the pages after it (which an import leaves out). */
    record Page(Element model, String name, List<String> otherPages) {}

    static Page firstPage(String text, String file) {
        Element root = parse(text, file, null).getDocumentElement();
        if (root.getTagName().equals("mxGraphModel")) return new Page(root, null, List.of());
        if (!root.getTagName().equals("mxfile"))
            throw new DesignImportException(file, null, "is not a draw.io diagram: it holds <" + root.getTagName()
                    + ">, not <mxfile> or <mxGraphModel>");
        List<Element> pages = children(root, "diagram");
        if (pages.isEmpty()) throw new DesignImportException(file, null, "the draw.io file has no page (no <diagram>)");
        Element page = pages.getFirst();
        String name = page.getAttribute("name").isEmpty() ? "page 1" : "page \"" + page.getAttribute("name") + "\"";
        List<String> others = pages.stream().skip(1).map(p -> p.getAttribute("name")).toList();
        List<Element> models = children(page, "mxGraphModel");
        if (!models.isEmpty()) return new Page(models.getFirst(), name, others);
        String packed = page.getTextContent().strip();
        if (packed.isEmpty()) throw new DesignImportException(file, name, "the page is empty");
        Element model = parse(inflate(packed, file, name), file, name).getDocumentElement();
        if (!model.getTagName().equals("mxGraphModel"))
            throw new DesignImportException(file, name, "the compressed page holds <" + model.getTagName() + ">, not a diagram");
        return new Page(model, name, others);
    }

    private static String inflate(String packed, String file, String page) {
        byte[] deflated;
        try {
            deflated = Base64.getMimeDecoder().decode(packed);
        } catch (IllegalArgumentException e) {
            throw new DesignImportException(file, page, "the compressed page is damaged (not base64 text)");
        }
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 14];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED_BYTES)
                    throw new DesignImportException(file, page, "the compressed page unpacks to more than "
                            + MAX_INFLATED_BYTES / (1024 * 1024) + " MB; it is not a diagram Costbench can read");
            }
            if (!inflater.finished() || out.size() == 0)
                throw new DesignImportException(file, page, "the compressed page is damaged (it ends early)");
            return URLDecoder.decode(out.toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new DesignImportException(file, page, "the compressed page is damaged (not deflate data)");
        } catch (IllegalArgumentException e) {
            throw new DesignImportException(file, page, "the compressed page is damaged (bad %-escapes in its text)");
        } finally {
            inflater.end();
        }
    }

    /** XML without a DOCTYPE or external entities: a diagram from someone else cannot make the reader fetch or expand anything. */
    private static Document parse(String xml, String file, String page) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            String where = (page == null ? "" : page + ", ") + "line " + e.getLineNumber() + ", column " + e.getColumnNumber();
            throw new DesignImportException(file, where, page == null ? "is not a draw.io file (not well-formed XML)"
                    : "the page's XML is not well-formed");
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new DesignImportException(file, page, "is not a draw.io file (not well-formed XML)");
        }
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling())
            if (n instanceof Element e && e.getTagName().equals(tag)) out.add(e);
        return out;
    }
}
