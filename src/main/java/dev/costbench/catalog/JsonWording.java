package dev.costbench.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import dev.costbench.model.ShownText;

import java.util.List;
import java.util.Map;
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

    /** The parser's usual sentences, each with what a user reads instead ($1: the character or word it met). */
    private static final List<Map.Entry<Pattern, String>> SAID = List.of(
            said("Unexpected end-of-input: was expecting closing quote.*", "the file ends inside a text: a closing \" is missing"),
            said("Unexpected end-of-input.*", "the file ends before every { and [ is closed: is it cut short?"),
            said("Unexpected close marker '(.)': expected '\\]'.*", "'$1' where a ] should close the list"),
            said("Unexpected close marker '(.)': expected '\\}'.*", "'$1' where a } should close the object"),
            said("Unexpected close marker '(.)'.*", "'$1' closes nothing that was opened"),
            said("Unrecognized token '([^']*)'.*", "'$1' is not a JSON value (a text needs double quotes)"),
            said("Unexpected character \\('/'.*comment.*", "comments (// or /* */) are not allowed in JSON"),
            said("Unexpected character \\('(.)'.*\\): was expecting double-quote to start field name.*",
                    "'$1' where a field name in double quotes should be (a comma too many, or single quotes?)"),
            said("Unexpected character \\('(.)'.*\\): was expecting comma to separate Object entries.*",
                    "'$1' where a comma should come between two fields"),
            said("Unexpected character \\('(.)'.*\\): was expecting comma to separate Array entries.*",
                    "'$1' where a comma should come between two items of the list"),
            said("Unexpected character \\('(.)'.*\\): was expecting a colon.*", "'$1' where a : should follow the field name"),
            said("Unexpected character \\('(.)'.*", "'$1' is not JSON here"),
            said("Illegal character .*only regular white space.*",
                    "a character that JSON allows only inside a text (is the file UTF-8 JSON, not compressed or another encoding?)"));

    private static Map.Entry<Pattern, String> said(String parser, String user) {
        return Map.entry(Pattern.compile(parser, Pattern.DOTALL), user);
    }

    public static String problem(JsonProcessingException e) {
        String m = firstLine(e.getOriginalMessage());
        var token = NON_STANDARD_TOKEN.matcher(m);
        if (token.matches()) return token.group(1) + " is not a number JSON allows (no NaN or Infinity)";
        if (m.startsWith("Trailing token")) return "more JSON after the closing }";
        for (var s : SAID) {
            var said = s.getKey().matcher(m);
            if (said.matches()) return ShownText.of(said.replaceFirst(s.getValue()));
        }
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
        return m.isBlank() ? "not valid JSON" : ShownText.of(m.strip());
    }

    private static final Pattern CSV_AFTER_QUOTE = Pattern.compile("Unexpected character \\('(.)'.*\\): Expected column separator.*");

    /** A CSV syntax error (an AWS offer file in CSV form) in the same words: what is wrong, without the parser's dumps. */
    public static String csvProblem(Throwable e) {
        Throwable t = e instanceof RuntimeJsonMappingException && e.getCause() != null ? e.getCause() : e;
        String m = firstLine(t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage());
        var afterQuote = CSV_AFTER_QUOTE.matcher(m);
        if (afterQuote.matches())
            return ShownText.of("'" + afterQuote.group(1) + "' after a value's closing quote, where a , or the end of the line should be"
                    + " (a quote inside a value is written twice)");
        if (m.contains("Missing closing quote")) return "a value's closing quote is missing";
        m = CHAIN.matcher(m).replaceAll("");
        m = SOURCE.matcher(m).replaceAll("");
        m = CODE.matcher(m).replaceAll("");
        return m.isBlank() ? "not valid CSV" : ShownText.of(m.strip());
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
