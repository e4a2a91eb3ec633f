package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;

import dev.costbench.catalog.JsonWording;

import java.io.IOException;
import java.nio.file.Path;

/** Streaming JSON access shared by the readers: one factory, token checks and readable errors. */
final class JsonFiles {
    private JsonFiles() {}

    // Offer files have millions of one-off keys (SKUs, rate codes): interning or canonicalizing them costs
    // more than the rest of the parse, so names are plain strings.
    static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .build();

    static JsonParser open(Path file) throws IOException { return FACTORY.createParser(file.toFile()); }

    static String line(JsonParser p) {
        JsonLocation l = p.currentTokenLocation();
        return "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    static void expect(JsonParser p, JsonToken token, String what, String fileName) throws IOException {
        JsonToken t = p.currentToken();
        if (t != token) {
            throw new PriceImportException(fileName, line(p), "expected " + what + ", found "
                    + (t == null ? "the end of the file" : p.getText()));
        }
    }

    /** The current value as text, or an error when it is an object or array where a value belongs. */
    static String text(JsonParser p, String field, String fileName) throws IOException {
        if (!p.currentToken().isScalarValue()) {
            throw new PriceImportException(fileName, line(p), "'" + field + "' should be a value, found "
                    + p.getText());
        }
        return p.getText();
    }

    /** The user-facing form of a parse failure, naming where it happened and what was read last. */
    static PriceImportException failure(String fileName, JsonProcessingException e, String lastRead) {
        JsonLocation l = e.getLocation();
        String place = (l == null ? "" : "line " + l.getLineNr() + ", column " + l.getColumnNr())
                + (lastRead == null ? "" : (l == null ? "" : ", ") + "after " + lastRead);
        String problem = e instanceof JsonEOFException
                ? "the file ends in the middle of its JSON; it looks truncated (download it again)"
                : "not valid JSON: " + JsonWording.problem(e);
        return new PriceImportException(fileName, place, problem, e);
    }

    static PriceImportException unreadable(String fileName, IOException e) {
        return new PriceImportException(fileName, "", "cannot read the file: " + e.getMessage(), e);
    }
}
