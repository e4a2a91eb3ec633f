package dev.costbench.catalog.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One CSV file of the reference folder, read by its header row. */
final class ReferenceTable {
    private static final CsvMapper CSV = new CsvMapper();

    private final String fileName;
    private final List<Map<String, String>> rows;

    private ReferenceTable(String fileName, List<Map<String, String>> rows) {
        this.fileName = fileName;
        this.rows = rows;
    }

    static ReferenceTable read(Path referenceDir, String fileName) throws IOException {
        try (InputStream in = SourceFiles.open(referenceDir, fileName);
             MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return new ReferenceTable(fileName, List.copyOf(it.readAll()));
        }
    }

    String fileName() { return fileName; }

    List<Map<String, String>> rows() { return rows; }

    /** A number column; the reference data is fixed, so a malformed value stops the build with its place. */
    BigDecimal decimal(Map<String, String> row, String column) {
        String v = row.get(column);
        try {
            return new BigDecimal(v.trim());
        } catch (RuntimeException e) {
            throw new IllegalStateException(fileName + ": column " + column + " of " + row + " is not a number");
        }
    }

    static boolean blank(String v) { return v == null || v.isBlank(); }
}
