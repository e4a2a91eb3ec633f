package dev.costbench.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lays catalog files out one rate per line: containers are indented, except the values the writer marks
 * inline, which are written compactly. A price change then shows as a one-line diff.
 */
final class LineLayout implements PrettyPrinter {
    private final Deque<Boolean> inline = new ArrayDeque<>();
    private boolean inlineNext;

    /** Whether the containers started from now on are written on one line. */
    void inline(boolean v) { inlineNext = v; }

    private void open(JsonGenerator g, char c) throws IOException {
        inline.push(inlineNext || (!inline.isEmpty() && inline.peek()));
        g.writeRaw(c);
    }

    private void close(JsonGenerator g, char c, int entries) throws IOException {
        boolean wasInline = inline.pop();
        if (!wasInline && entries > 0) newline(g);
        g.writeRaw(c);
    }

    private void newline(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
        for (int i = 0; i < inline.size(); i++) g.writeRaw("  ");
    }

    private boolean lines() { return !inline.isEmpty() && !inline.peek(); }

    @Override public void writeRootValueSeparator(JsonGenerator g) throws IOException { g.writeRaw('\n'); }

    @Override public void writeStartObject(JsonGenerator g) throws IOException { open(g, '{'); }

    @Override public void writeEndObject(JsonGenerator g, int entries) throws IOException { close(g, '}', entries); }

    @Override public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (lines()) newline(g);
    }

    @Override public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(lines() ? ": " : ":");
    }

    @Override public void writeStartArray(JsonGenerator g) throws IOException { open(g, '['); }

    @Override public void writeEndArray(JsonGenerator g, int values) throws IOException { close(g, ']', values); }

    @Override public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        if (lines()) newline(g);
    }

    @Override public void beforeArrayValues(JsonGenerator g) throws IOException { if (lines()) newline(g); }

    @Override public void beforeObjectEntries(JsonGenerator g) throws IOException { if (lines()) newline(g); }
}
