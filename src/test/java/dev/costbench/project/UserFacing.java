package dev.costbench.project;

import java.util.List;
import java.util.regex.Pattern;

/** What a message to a user may not hold: developer wording a person cannot act on. */
public final class UserFacing {
    /** A Java class named whole ({@code java.nio.file.…}, {@code com.fasterxml.…}) or by its simple name. */
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(java|javax|com|org|sun|jdk)\\.[a-z]+\\.|\\b[A-Z][A-Za-z]+(Exception|Error)\\b|\\$[A-Z]");
    /** Parser internals: option names to enable, source dumps, reference chains. */
    private static final List<String> PARSER_WORDS = List.of("JsonReadFeature", "JsonParser.Feature", "StreamReadFeature",
            "JsonFactory", "[Source:", "reference chain", "REDACTED", "Exception", "\tat ");

    private UserFacing() {}

    /** Null when {@code message} is fit for a user: it starts with {@code file} and has no developer wording. */
    public static String problem(String message, String file) {
        if (message == null || message.isBlank()) return "empty message";
        if (!message.startsWith(file + ": ")) return "the message does not start with the file " + file + ": " + message;
        return wording(message);
    }

    /** Null when {@code message} names no class, exception or parser option. */
    public static String wording(String message) {
        // what the message quotes from the file is the user's own text, whatever it says
        String own = QUOTED.matcher(message).replaceAll("\"…\"");
        for (String w : PARSER_WORDS) if (own.contains(w)) return "the message has developer wording (" + w + "): " + message;
        if (CLASS_NAME.matcher(own).find()) return "the message names a Java class: " + message;
        return null;
    }

    /** A quoted text, without alternation (a regex that recurses per character overflows on a megabyte of text). */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*+\"|'[^']*+'");
}
