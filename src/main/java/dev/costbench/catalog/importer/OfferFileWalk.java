package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;

/**
 * The top level of an AWS offer file, shared by the JSON offer readers: the header fields, then the products
 * and terms sections in whichever order the file has them (terms first costs a second pass), with progress
 * and cancellation checks while a section streams by.
 */
final class OfferFileWalk {
    private static final int CHECK_EVERY = 2048;

    /** What a reader does with the sections; the walk does the rest. */
    interface Sections {
        void products(JsonParser p) throws IOException;

        /** True once the products were read, so terms can be priced as they go by. */
        boolean productsRead();

        void terms(JsonParser p) throws IOException;

        /** The entry being read, for error messages, or null between entries. */
        String place();

        /** Called after the offer's closing brace of each pass. */
        default void afterOffer(JsonParser p) throws IOException { }
    }

    private final PriceFile file;
    private final ImportMonitor monitor;
    private final long size;
    String offerCode;
    String version;
    String publicationDate;
    private int sinceCheck;

    OfferFileWalk(PriceFile file, ImportMonitor monitor) throws IOException {
        this.file = file;
        this.monitor = monitor;
        this.size = Files.size(file.path());
    }

    /** Reads the whole file, twice when its terms come before its products. */
    void read(Sections sections) throws IOException {
        try (JsonParser p = JsonFiles.open(file.path())) {
            if (pass(p, false, sections)) {
                try (JsonParser again = JsonFiles.open(file.path())) {
                    pass(again, true, sections);
                }
            }
        } catch (JsonProcessingException e) {
            throw JsonFiles.failure(file.name(), e, sections.place());
        }
    }

    /** Reads the file once; returns true when terms came before products and need a second pass. */
    private boolean pass(JsonParser p, boolean termsOnly, Sections sections) throws IOException {
        p.nextToken();
        JsonFiles.expect(p, JsonToken.START_OBJECT, "a JSON object", file.name());
        boolean termsSkipped = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "offerCode" -> offerCode = JsonFiles.text(p, field, file.name());
                case "version" -> version = JsonFiles.text(p, field, file.name());
                case "publicationDate" -> publicationDate = JsonFiles.text(p, field, file.name());
                case "products" -> {
                    if (termsOnly) p.skipChildren();
                    else sections.products(p);
                }
                case "terms" -> {
                    if (!sections.productsRead()) {
                        termsSkipped = true;
                        p.skipChildren();
                    } else if (termsOnly || !termsSkipped) {
                        sections.terms(p);
                    } else {
                        p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        JsonFiles.expect(p, JsonToken.END_OBJECT, "the end of the offer file", file.name());
        sections.afterOffer(p);
        return termsSkipped && sections.productsRead() && !termsOnly;
    }

    /** Every few thousand entries: stops when the user cancelled, else reports how far the file is read. */
    void tick(JsonParser p) {
        if (++sinceCheck < CHECK_EVERY) return;
        sinceCheck = 0;
        if (monitor.cancelled()) throw new ImportCancelledException(file.name());
        monitor.progress(file.name(), p.currentLocation().getByteOffset(), size);
    }

    /** Reports the file as read to the end. */
    void done() {
        monitor.progress(file.name(), size, size);
    }
}
