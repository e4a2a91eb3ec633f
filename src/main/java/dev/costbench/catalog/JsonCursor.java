package dev.costbench.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * A streaming walk over one catalog file that knows where it is, so every problem is reported with the
 * file, line, column and JSON path. Numbers are read as exact decimals (scale kept as written).
 */
final class JsonCursor implements AutoCloseable {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final JsonParser parser;
    private final String file;

    JsonCursor(JsonParser parser, String file) {
        this.parser = parser;
        this.file = file;
    }

    String file() { return file; }

    /** Moves to the next token; a syntax error or a truncated file becomes a CatalogException with line and column. */
    JsonToken next() {
        try {
            return parser.nextToken();
        } catch (IOException e) {
            throw parseProblem(e);
        }
    }

    /** A syntax error, a truncated file or a limit passed, as a CatalogException with line and column. */
    private RuntimeException parseProblem(IOException e) {
        if (e instanceof JsonEOFException eof)
            return new CatalogException(file, lineColumn(eof.getLocation()), "the file ends before its JSON is complete");
        if (e instanceof StreamConstraintsException limit)
            return new CatalogException(file, lineColumn(parser.currentLocation()), limitMessage(limit));
        if (e instanceof JsonProcessingException json) {
            // Jackson reports some truncations as a plain parse error that names the end of input
            String problem = json.getOriginalMessage().startsWith("Unexpected end-of-input")
                    ? "the file ends before its JSON is complete" : "not valid JSON: " + JsonWording.problem(json);
            return new CatalogException(file, lineColumn(json.getLocation()), problem);
        }
        return new UncheckedIOException(e);
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.contains("nesting depth")) return "nested more than " + CatalogReader.MAX_NESTING + " levels deep; a price file is not";
        if (m.contains("String value length")) return "a text longer than " + CatalogReader.MAX_STRING_CHARS + " characters";
        if (m.contains("Number value length")) return "a number longer than " + CatalogReader.MAX_NUMBER_CHARS + " characters";
        if (m.contains("Document length"))
            return "larger than " + CatalogReader.MAX_FILE_BYTES / (1024 * 1024) + " MB; a price file is not that large";
        return "beyond the limits of a price file";
    }

    JsonToken token() { return parser.currentToken(); }

    /** Reads the document's first token, which must open an object. */
    void startDocumentObject() {
        JsonToken t = next();
        if (t == null) throw new CatalogException(file, "line 1", "the file is empty");
        expect(JsonToken.START_OBJECT, "an object");
    }

    void expect(JsonToken wanted, String what) {
        if (token() != wanted) throw problem("expected " + what + " but found " + describeToken());
    }

    /** Inside an object: advances to the next field name, or returns null at the object's end. */
    String nextField() {
        JsonToken t = next();
        if (t == JsonToken.END_OBJECT) return null;
        if (t != JsonToken.FIELD_NAME) throw problem("expected a field name but found " + describeToken());
        String name = currentName();
        next();
        return name;
    }

    /** Inside an array: advances to the next element, returning false at the array's end. */
    boolean nextElement() {
        JsonToken t = next();
        if (t == null) throw problem("the file ends inside an array");
        return t != JsonToken.END_ARRAY;
    }

    /** On START_OBJECT; checks it, so the caller can loop {@link #nextField()}. */
    void enterObject(String what) { expect(JsonToken.START_OBJECT, what); }

    void enterArray(String what) { expect(JsonToken.START_ARRAY, what); }

    String currentName() {
        try {
            return parser.currentName();
        } catch (IOException e) {
            throw parseProblem(e);
        }
    }

    boolean isNull() { return token() == JsonToken.VALUE_NULL; }

    /** A non-negative USD amount. */
    BigDecimal price() {
        if (!token().isNumeric()) throw problem("price " + describeValue() + " is not a number");
        BigDecimal v = decimal();
        if (v.signum() < 0) throw problem("price " + v.toPlainString() + " is negative");
        return v;
    }

    BigDecimal positiveQuantity(String what) {
        if (!token().isNumeric()) throw problem(what + " " + describeValue() + " is not a number");
        BigDecimal v = decimal();
        if (v.signum() <= 0) throw problem(what + " " + v.toPlainString() + " must be above zero");
        return v;
    }

    int integer(String what, int min, int max) {
        if (token() != JsonToken.VALUE_NUMBER_INT) throw problem(what + " " + describeValue() + " is not a whole number");
        try {
            int v = parser.getIntValue();
            if (v < min || v > max) throw problem(what + " " + v + " is outside " + min + ".." + max);
            return v;
        } catch (IOException e) {
            throw problem(what + " " + describeValue() + " is too large");
        }
    }

    boolean bool(String what) {
        if (token() != JsonToken.VALUE_TRUE && token() != JsonToken.VALUE_FALSE)
            throw problem(what + " " + describeValue() + " is not true or false");
        return token() == JsonToken.VALUE_TRUE;
    }

    String text(String what) {
        if (token() != JsonToken.VALUE_STRING) throw problem(what + " " + describeValue() + " is not a string");
        try {
            String s = parser.getText();
            if (s.isBlank()) throw problem(what + " is empty");
            return s;
        } catch (IOException e) {
            throw parseProblem(e);
        }
    }

    /** A date like 2026-07-20. */
    String date(String what) {
        String s = text(what);
        if (!CatalogValues.isDate(s)) throw problem(what + " \"" + s + "\" is not a date like 2026-07-20");
        return s;
    }

    /** A string or null (null stays null). */
    String optionalText(String what) {
        return isNull() ? null : text(what);
    }

    /** Skips the current value (and its children), for fields this version does not know. */
    void skipValue() {
        try {
            parser.skipChildren();
        } catch (IOException e) {
            throw parseProblem(e);
        }
    }

    /** A problem at the current token. */
    CatalogException problem(String message) {
        return new CatalogException(file, place(), message);
    }

    String place() { return lineColumn(parser.currentTokenLocation()) + ", at " + path(); }

    /** The JSON path of the current value, like {@code $.reserved[0].rates["m5.large"][3]}. */
    String path() {
        JsonStreamContext ctx = parser.getParsingContext();
        // on a START_* token the context is the container just opened; its own position is in the parent
        if (token() == JsonToken.START_OBJECT || token() == JsonToken.START_ARRAY) ctx = ctx.getParent();
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            else if (c.getCurrentName() != null) parts.push(member(c.getCurrentName()));
        }
        return "$" + String.join("", parts);
    }

    private static String member(String name) {
        return PLAIN_NAME.matcher(name).matches() ? "." + name : "[\"" + name.replace("\"", "\\\"") + "\"]";
    }

    private String describeValue() {
        try {
            JsonToken t = token();
            if (t == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                // a message quotes the start of a long text, not all of it
                return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
            }
            if (t == JsonToken.START_OBJECT) return "{…}";
            if (t == JsonToken.START_ARRAY) return "[…]";
            return parser.getText();
        } catch (IOException e) {
            return "?";
        }
    }

    private String describeToken() {
        JsonToken t = token();
        if (t == null) return "the end of the file";
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case END_OBJECT, END_ARRAY -> "the end of a " + (t == JsonToken.END_OBJECT ? "object" : "array");
            case FIELD_NAME -> "field \"" + currentName() + "\"";
            default -> describeValue();
        };
    }

    private BigDecimal decimal() {
        BigDecimal v;
        try {
            v = parser.getDecimalValue();
        } catch (IOException | NumberFormatException e) {
            throw problem("number " + describeValue() + " cannot be read");
        }
        if (!CatalogValues.inRange(v))
            throw problem("number " + describeValue() + " is out of range (at most " + CatalogValues.MAX_DIGITS
                    + " digits before and after the decimal point)");
        return v;
    }

    private static String lineColumn(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) return "";
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw parseProblem(e);
        }
    }
}
