package dev.costbench.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.regex.Pattern;

/**
 * A JSON syntax error in the user's words: the parser's sentence without its developer hints (option
 * names to enable, character codes, source dumps, reference chains). Design files, catalog files and
 * imported price files all say it this way.
 */
public final class JsonWording {
    private static final Pattern NON_STANDARD_TOKEN = Pattern.compile("Non-standard token '([^']*)'.*");
    private static final Pattern ENABLE_HINT = Pattern.compile(
            "\\s*[:;,]?\\s*\\(?\\s*(or )?(enable|disable) [`']?\\w+(Feature)?\\.\\w+[`']?( to (allow|accept)[^)]*)?\\)?");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\[Source: .*?(; line: \\d+, column: \\d+)?\\]");
    private static final Pattern CODE = Pattern.compile("\\s*\\((CTRL-CHAR, )?code -?\\d+\\)");
    private static final Pattern CHAIN = Pattern.compile("\\s*\\(through reference chain.*");

    private JsonWording() {}

    public static String problem(JsonProcessingException e) {
        String m = firstLine(e.getOriginalMessage());
        var token = NON_STANDARD_TOKEN.matcher(m);
        if (token.matches()) return token.group(1) + " is not a number JSON allows (no NaN or Infinity)";
        if (m.startsWith("Trailing token")) return "more JSON after the closing }";
        m = CHAIN.matcher(m).replaceAll("");
        m = SOURCE.matcher(m).replaceAll("");
        m = ENABLE_HINT.matcher(m).replaceAll("");
        m = CODE.matcher(m).replaceAll("");
        m = m.replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                        "a text, number, list, object, null, true or false")
                .replace("for Array", "for the list").replace("for Object", "for the object")
                .replace("Illegal unquoted character", "a control character")
                .replace("has to be escaped using backslash to be included in string value",
                        "must be written with a backslash escape inside a text");
        return m.isBlank() ? "not valid JSON" : m.strip();
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
