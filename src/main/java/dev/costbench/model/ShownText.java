package dev.costbench.model;

/**
 * Text from a file or the command line as a terminal or a message shows it: a control character (a NUL, an escape
 * that would retitle or clear the terminal) is named as U+001B, not sent. Line breaks and tabs stay.
 */
public final class ShownText {
    private ShownText() {}

    public static String of(String s) {
        if (s == null || s.codePoints().noneMatch(ShownText::hidden)) return s;
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            if (hidden(c)) b.append(String.format("U+%04X", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }

    private static boolean hidden(int c) { return Character.isISOControl(c) && c != '\n' && c != '\t'; }
}
