package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.costbench.catalog.CatalogValues;
import dev.costbench.catalog.Basis;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.Provenance;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams the Spot Advisor data file (spot_advisor[region]["Linux"][type] = {s: savings %, r: range index},
 * ranges[] = interruption buckets). The advisor publishes savings, not prices, so the Spot hourly rate is an
 * estimate: the region's On-Demand rate × (1 − savings %), worked out when the import is merged.
 */
final class SpotAdvisorReader {
    static final String RULE = "region On-Demand × (1 − Spot Advisor savings %)";

    private record Entry(String region, String type, BigDecimal savings, int bucket) {}

    private final PriceFile file;
    private final Set<String> regionFilter;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Integer, String> labels = new HashMap<>();
    private String place;
    private int skipped;

    private SpotAdvisorReader(PriceFile file, Set<String> regionFilter) {
        this.file = file;
        this.regionFilter = regionFilter;
    }

    static void read(PriceFile file, Set<String> regionFilter, ImportedRates out) {
        SpotAdvisorReader r = new SpotAdvisorReader(file, regionFilter);
        try (JsonParser p = JsonFiles.open(file.path())) {
            r.parse(p);
            String asOf = Files.getLastModifiedTime(file.path()).toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
            String id = "spot-advisor/" + asOf;
            Provenance prov = out.source(id, new Provenance(id, "AWS Spot Advisor data " + file.name() + " (savings vs On-Demand, Linux)",
                    asOf, Basis.ESTIMATED, RULE));
            OfferInfo offer = new OfferInfo(CatalogOffers.EC2_SPOT, asOf,
                    "Spot Advisor data " + file.name() + "; prices estimated from On-Demand");
            if (r.skipped > 0) out.note(file.name() + ": skipped " + r.skipped + " entries with savings of 100% or more");
            for (Entry e : r.entries) {
                out.spotAdvice.add(new ImportedRates.SpotAdvice(e.region(), e.type(), e.savings(), e.bucket(),
                        r.labels.getOrDefault(e.bucket(), "unknown"), prov, offer));
            }
        } catch (JsonProcessingException e) {
            throw JsonFiles.failure(file.name(), e, r.place);
        } catch (IOException e) {
            throw JsonFiles.unreadable(file.name(), e);
        }
    }

    private void parse(JsonParser p) throws IOException {
        p.nextToken();
        JsonFiles.expect(p, JsonToken.START_OBJECT, "a JSON object", file.name());
        boolean sawAdvice = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "ranges" -> ranges(p);
                case "spot_advisor" -> { advice(p); sawAdvice = true; }
                default -> p.skipChildren();
            }
        }
        if (!sawAdvice) throw new PriceImportException(file.name(), "", "no \"spot_advisor\" object; this is not Spot Advisor data");
    }

    private void ranges(JsonParser p) throws IOException {
        JsonFiles.expect(p, JsonToken.START_ARRAY, "a list of ranges", file.name());
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Integer index = null;
            String label = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("index")) index = p.getValueAsInt();
                else if (f.equals("label")) label = p.getText();
                else p.skipChildren();
            }
            if (index != null && label != null) labels.put(index, label);
        }
    }

    private void advice(JsonParser p) throws IOException {
        JsonFiles.expect(p, JsonToken.START_OBJECT, "an object of regions", file.name());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String region = p.currentName();
            p.nextToken();
            if (!regionFilter.isEmpty() && !regionFilter.contains(region)) { p.skipChildren(); continue; }
            if (!AwsRegionNames.isRegionCode(region))
                throw new PriceImportException(file.name(), "spot_advisor", "region " + CatalogValues.quoted(region)
                        + " is not a region code like eu-west-1");
            JsonFiles.expect(p, JsonToken.START_OBJECT, "the operating systems of " + region, file.name());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                boolean linux = p.currentName().equals("Linux");
                p.nextToken();
                if (!linux) { p.skipChildren(); continue; }
                JsonFiles.expect(p, JsonToken.START_OBJECT, "the Linux types of " + region, file.name());
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String type = p.currentName();
                    if (!CatalogValues.isInstanceType(type))
                        throw new PriceImportException(file.name(), region + " Linux", "instance type "
                                + CatalogValues.quoted(type) + " is not an instance type name like m5.large");
                    place = region + " Linux " + type;
                    p.nextToken();
                    entry(p, region, type);
                }
            }
        }
        place = null;
    }

    private void entry(JsonParser p, String region, String type) throws IOException {
        JsonFiles.expect(p, JsonToken.START_OBJECT, "{s, r} for " + place, file.name());
        BigDecimal savings = null;
        int bucket = -1;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("s")) savings = number(p, "s");
            else if (f.equals("r")) bucket = number(p, "r").intValue();
            else p.skipChildren();
        }
        if (savings == null) throw new PriceImportException(file.name(), place, "no savings percentage 's'");
        // a negative saving is real (Spot above On-Demand); 100% or more would make Spot free or paid to run
        if (savings.compareTo(BigDecimal.valueOf(100)) >= 0) {
            skipped++;
            return;
        }
        entries.add(new Entry(region, type, savings, bucket));
    }

    private BigDecimal number(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        throw new PriceImportException(file.name(), place, "'" + field + "' is " + p.getText() + ", not a number");
    }
}
