package dev.costbench.project;

import dev.costbench.files.AtomicFile;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.costbench.catalog.FileProblem;
import dev.costbench.catalog.JsonWording;
import dev.costbench.model.Project;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes design files ({@code *.costbench.json}, format described in docs/file-format.md).
 * Reading maps the JSON tree by hand, without data binding or polymorphic typing, so a file can only
 * ever produce model records and every problem is reported with its file and JSON path.
 */
public final class ProjectFile {
    /** A design of thousands of blocks is a few MB; anything past this is not a design file. */
    public static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final int MAX_STRING_CHARS = 1_000_000;
    static final int MAX_NESTING = 64;
    static final int MAX_NUMBER_DIGITS = 100;
    /** JSON values (objects, lists, fields, numbers, texts) in one file; a 100,000-block design has about 4 million. */
    static final long MAX_JSON_VALUES = 5_000_000;

    private static final ObjectMapper MAPPER = newMapper();

    private ProjectFile() {}

    /** The one mapper design files go through, for the test that holds it to having no polymorphic typing. */
    static ObjectMapper mapper() { return MAPPER; }

    private static ObjectMapper newMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(MAX_FILE_BYTES)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNestingDepth(MAX_NESTING)
                        .maxNumberLength(MAX_NUMBER_DIGITS)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        return JsonMapper.builder(factory)
                // decimals stay exact (0.1 vCPU is 0.1, not 0.1000000000000000055)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // and keep their written form, so an unknown field's 12000.50 is saved as 12000.50
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /**
     * Reads a design file; {@code file} is named in every error as the user gave it. Only a regular file is
     * opened (a pipe or a device would hang the read or never end), and never more than the size limit is read,
     * whatever size the file system claims.
     */
    public static Project read(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) throw new ProjectFileException(name, null, "is a folder, not a design file");
            if (!Files.exists(file)) {
                if (Files.isSymbolicLink(file)) {
                    Path target = Files.readSymbolicLink(file);
                    // a link to a link that leads back: the target is there, but nothing at the end of the links
                    if (Files.exists(file.resolveSibling(target), java.nio.file.LinkOption.NOFOLLOW_LINKS))
                        throw new ProjectFileException(name, null, "is a link to " + target + " in a loop of links that never reaches a file");
                    throw new ProjectFileException(name, null, "is a link to " + target + ", which does not exist");
                }
                // neither there nor surely not there: a folder on the way cannot be searched
                if (!Files.notExists(file)) throw new ProjectFileException(name, null, "permission denied (on a folder on its path)");
                throw new ProjectFileException(name, null, "file not found");
            }
            if (!Files.isRegularFile(file))
                throw new ProjectFileException(name, null, "is not a file but a device, pipe or socket; a design is a file Costbench saved");
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES)
                throw new ProjectFileException(name, null, "is more than " + megabytes(MAX_FILE_BYTES) + " MB; a design file can be at most "
                        + megabytes(MAX_FILE_BYTES) + " MB");
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            return parse(text, name);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(name, null, "file not found");
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(name, null, "permission denied");
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(name, null, "is not UTF-8 text (a design file is JSON saved as UTF-8)");
        } catch (IOException e) {
            throw new ProjectFileException(name, null, "cannot be read: " + FileProblem.readReason(e));
        }
    }

    /** Parses a design from text; {@code sourceName} names it in errors (a file name, "clipboard", …). */
    public static Project parse(String json, String sourceName) {
        // some editors on Windows start UTF-8 text with a byte-order mark; it is not part of the JSON
        if (json.startsWith("\uFEFF")) json = json.substring(1);
        if (json.length() > MAX_FILE_BYTES)
            throw new ProjectFileException(sourceName, null, "is more than " + megabytes(MAX_FILE_BYTES) + " MB of text");
        JsonNode root = tree(json, sourceName);
        String tooPrecise = NumberMagnitudes.firstTooPrecise(root, MAX_NUMBER_DIGITS);
        if (tooPrecise != null)
            throw new ProjectFileException(sourceName, tooPrecise, "a number with more than " + MAX_NUMBER_DIGITS
                    + " digits after the decimal point; no figure in a design is that precise");
        ProjectReader reader = new ProjectReader(sourceName);
        Project project = reader.read(root);
        List<Problem> problems = reader.problems();
        if (!problems.isEmpty()) {
            if (reader.fileSchema() > Project.CURRENT_SCHEMA) problems = withNewerVersionFirst(problems, reader.fileSchema());
            throw new ProjectFileException(sourceName, problems);
        }
        String tooLarge = NumberMagnitudes.firstTooLarge(root, MAX_NUMBER_DIGITS);
        if (tooLarge != null)
            throw new ProjectFileException(sourceName, tooLarge, "a number with more than " + MAX_NUMBER_DIGITS
                    + " digits before the decimal point; no figure in a design is that large");
        return project;
    }

    /** A newer file that this version cannot read says so first: updating Costbench is the fix, not editing the file. */
    private static List<Problem> withNewerVersionFirst(List<Problem> problems, int schema) {
        List<Problem> out = new ArrayList<>();
        out.add(new Problem("$.schemaVersion", "written by a newer Costbench (schema " + schema + ") and uses what this "
                + "version (schema " + Project.CURRENT_SCHEMA + ") cannot read, starting at " + problems.getFirst().describe()
                + " — update Costbench to open it"));
        out.addAll(problems);
        return out;
    }

    /** True for a design read from a file a newer Costbench wrote: it is shown read-only and saved only with Save As. */
    public static boolean isFromNewerVersion(Project project) { return project.schemaVersion() > Project.CURRENT_SCHEMA; }

    /** What to tell the user when such a design opens; null for a design of this version. */
    public static String newerVersionNotice(Project project, String fileName) {
        if (!isFromNewerVersion(project)) return null;
        return fileName + " was written by a newer Costbench (schema " + project.schemaVersion() + "); opened read-only — "
                + "Save As to keep a copy in schema " + Project.CURRENT_SCHEMA + ". Fields this version does not know are "
                + "kept in the copy, but what they mean to the newer Costbench is not applied here.";
    }

    /** What a command says before it works on such a design; null for a design of this version. */
    public static String newerVersionWarning(Project project, String fileName) {
        if (!isFromNewerVersion(project)) return null;
        return fileName + ": written by a newer Costbench (schema " + project.schemaVersion() + "); this version (schema "
                + Project.CURRENT_SCHEMA + ") uses what it can read, and what the newer version adds is not applied";
    }

    /**
     * The schemaVersion of the design file at {@code file} (1 when it names none), or 0 when there is no
     * readable design there. Reads only as far as the field, for the check before a save.
     */
    public static int schemaOnDisk(Path file) {
        if (!Files.isRegularFile(file)) return 0;
        try (JsonParser p = MAPPER.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) return 0;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("schemaVersion".equals(name)) return schemaNumber(p, value);
                p.skipChildren();
            }
            return 1;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * A schemaVersion in any form JSON allows ({@code 3}, {@code 3.0}, {@code 3e0}) or as a text ({@code "3"}),
     * rounded up, so a file that might be newer is treated as newer; 0 for anything that is no number.
     */
    private static int schemaNumber(JsonParser p, JsonToken value) throws IOException {
        BigDecimal n;
        try {
            n = switch (value) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
                case VALUE_STRING -> new BigDecimal(p.getText().strip());
                default -> null;
            };
        } catch (NumberFormatException e) {
            return 0;
        }
        if (n == null || n.signum() <= 0) return 0;
        if (n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) >= 0) return Integer.MAX_VALUE;
        return n.setScale(0, RoundingMode.CEILING).intValueExact();
    }

    /** The design as the file's text: pretty-printed, fields in a fixed order, ending in a newline. */
    public static String toJson(Project project) {
        try {
            // "name": value with \n line ends on every platform, so a file saved on Windows diffs cleanly on Linux
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            return MAPPER.writer(printer).writeValueAsString(new ProjectWriter(MAPPER).write(project)) + "\n";
        } catch (JsonProcessingException e) {
            // the tree holds only strings, numbers, booleans and nodes: serializing it cannot fail on content
            throw new IllegalStateException("could not write the design as JSON", e);
        }
    }

    /**
     * Saves the design: a temporary file in the same folder, forced to disk, then renamed over {@code file},
     * so a crash or a full disk leaves the previous version intact. The version it replaces is kept as
     * {@code <file>.bak}. A file a newer Costbench wrote is never overwritten (that would drop what this
     * version cannot read); the message says to use Save As.
     */
    public static void write(Project project, Path file) {
        write(project, file, AtomicFile.REAL_DISK);
    }

    static void write(Project project, Path file, AtomicFile.Disk disk) {
        int onDisk = schemaOnDisk(file);
        if (onDisk > Project.CURRENT_SCHEMA)
            throw new ProjectFileException(file.toString(), null, "not saved: the file was written by a newer Costbench "
                    + "(schema " + onDisk + ") and saving here would rewrite it in schema " + Project.CURRENT_SCHEMA
                    + " — use Save As to keep a copy under another name");
        if (AtomicFile.isReadOnly(file))
            throw new ProjectFileException(file.toString(), null, "not saved: the file is read-only — use Save As to keep "
                    + "your work under another name, or make the file writable first");
        byte[] bytes = toJson(project).getBytes(StandardCharsets.UTF_8);
        boolean existed = Files.exists(file);
        try {
            AtomicFile.write(file, bytes, true, disk);
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), null, "cannot be saved: " + FileProblem.reason(e, file)
                    + (existed ? "; the previous version is unchanged" : ""));
        }
    }

    private static JsonNode tree(String json, String sourceName) {
        // a first pass that builds nothing: a file of millions of tiny values is refused before it fills memory
        parsed(json, sourceName, parser -> {
            long values = 0;
            while (parser.nextToken() != null) {
                if (++values > MAX_JSON_VALUES)
                    throw new ProjectFileException(sourceName, JsonPath.of(parser.getParsingContext(), SHOWN_DEPTH),
                            "more than " + MAX_JSON_VALUES + " JSON values; a design file is never that large");
            }
            return null;
        });
        return parsed(json, sourceName, parser -> {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || root.isMissingNode())
                throw new ProjectFileException(sourceName, JsonPath.ROOT, "the file is empty (a design file is a JSON object {...})");
            return root;
        });
    }

    private interface ParserWork<T> {
        T run(JsonParser parser) throws IOException;
    }

    /** Runs {@code work} on a parser of {@code json}, turning every JSON and limit error into a message with its place. */
    private static <T> T parsed(String json, String sourceName, ParserWork<T> work) {
        JsonParser parser;
        try {
            parser = MAPPER.createParser(new StringReader(json));
        } catch (IOException e) {
            throw new ProjectFileException(sourceName, null, "cannot be read: " + describe(e));
        }
        try (parser) {
            return work.run(parser);
        } catch (StreamConstraintsException e) {
            throw new ProjectFileException(sourceName, JsonPath.of(parser.getParsingContext(), SHOWN_DEPTH),
                    limitMessage(e) + where(e, parser));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(sourceName, JsonPath.of(parser.getParsingContext(), SHOWN_DEPTH),
                    "malformed JSON" + where(e, parser) + ": " + JsonWording.problem(e));
        } catch (IOException e) {
            throw new ProjectFileException(sourceName, null, "cannot be read: " + describe(e));
        }
    }

    /** A path to a syntax error deeper than this is cut short: the line and column find it. */
    private static final int SHOWN_DEPTH = 12;

    /** Where the error is: the exception's own location when it has one (the token's start), else the parser's. */
    private static String where(JsonProcessingException e, JsonParser parser) {
        var at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = e.getOriginalMessage();
        if (m.contains("nesting depth")) return "nested more than " + MAX_NESTING + " levels deep";
        if (m.contains("String value length")) return "a text value longer than " + MAX_STRING_CHARS + " characters";
        if (m.contains("Number value length")) return "a number longer than " + MAX_NUMBER_DIGITS + " digits";
        if (m.contains("Document length")) return "more than " + megabytes(MAX_FILE_BYTES) + " MB of text";
        return firstLine(m);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String describe(IOException e) {
        String detail = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "") + (detail == null ? "" : " (" + detail + ")");
    }

    private static long megabytes(long bytes) { return bytes / (1024 * 1024); }
}
