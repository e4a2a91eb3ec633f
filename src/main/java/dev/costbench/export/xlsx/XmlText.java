package dev.costbench.export.xlsx;

import java.io.IOException;
import java.io.Writer;

/**
 * Text written into the workbook's XML as POI's streaming writer and XMLBeans write it: markup characters and line
 * breaks as references, and a character XML cannot carry (a control character, U+FFFE, U+FFFF, half a surrogate
 * pair) as "?", so any text a design holds still gives a file every reader opens.
 */
final class XmlText {
    private XmlText() {}

    static void write(Writer out, String s) throws IOException {
        // nearly every text has nothing to escape and goes out in one piece
        if (!needsEscaping(s)) {
            out.write(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '&' -> out.write("&amp;");
                case '"' -> out.write("&quot;");
                case '\n' -> out.write("&#xa;");
                case '\r' -> out.write("&#xd;");
                case '\t' -> out.write("&#x9;");
                case '\u00A0' -> out.write("&#xa0;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.write(c);
                        out.write(s.charAt(++i));
                    } else if (c < ' ' || c >= '\uFFFE' || Character.isSurrogate(c)) out.write('?');
                    else out.write(c);
                }
            }
        }
    }

    /** Whether {@code s} has a character to escape or replace. */
    private static boolean needsEscaping(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || Character.isSurrogate(c) || c >= '\uFFFE') return true;
        }
        return false;
    }

    /** Leading or trailing white space, which the XML must be told to keep (as POI decides it). */
    static boolean hasLeadingTrailingSpaces(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }
}
