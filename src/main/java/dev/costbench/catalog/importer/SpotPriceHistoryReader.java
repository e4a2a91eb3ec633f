package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.costbench.catalog.CatalogValues;
import dev.costbench.catalog.Basis;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.SpotRate;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams the output of {@code aws ec2 describe-spot-price-history} (SpotPriceHistory[] of AvailabilityZone,
 * InstanceType, ProductDescription, SpotPrice, Timestamp). The Spot rate of a type in a region is the mean over
 * its Availability Zones of each zone's mean Linux/UNIX price in the file, so a zone whose price changed
 * often does not outweigh a quiet one. These are AWS's own prices: basis published.
 */
final class SpotPriceHistoryReader {
    private static final Pattern ZONE = Pattern.compile("([a-z]{2}(-gov)?-[a-z]+-\\d+)[a-z]");

    private static final class ZoneSum {
        BigDecimal sum = BigDecimal.ZERO;
        int count;
    }

    private static final class TypePrices {
        final Map<String, ZoneSum> zones = new TreeMap<>();
        String latest = "";
    }

    private final PriceFile file;
    private final Set<String> regionFilter;
    // region → instance type → prices
    private final Map<String, Map<String, TypePrices>> prices = new TreeMap<>();
    private int index = -1;

    private SpotPriceHistoryReader(PriceFile file, Set<String> regionFilter) {
        this.file = file;
        this.regionFilter = regionFilter;
    }

    static void read(PriceFile file, Set<String> regionFilter, ImportedRates out) {
        SpotPriceHistoryReader r = new SpotPriceHistoryReader(file, regionFilter);
        try (JsonParser p = JsonFiles.open(file.path())) {
            r.parse(p);
        } catch (JsonProcessingException e) {
            throw JsonFiles.failure(file.name(), e, r.index < 0 ? null : "SpotPriceHistory[" + r.index + "]");
        } catch (IOException e) {
            throw JsonFiles.unreadable(file.name(), e);
        }
        r.prices.forEach((region, types) -> {
            String latest = types.values().stream().map(t -> t.latest).max(String::compareTo).orElse("");
            String id = "spot-price-history/" + region + "/" + latest;
            Provenance prov = out.source(id, new Provenance(id, "EC2 DescribeSpotPriceHistory " + file.name()
                    + " (Linux/UNIX, mean over Availability Zones)", latest, Basis.PUBLISHED, null));
            out.offer(region, new OfferInfo(CatalogOffers.EC2_SPOT, latest, "describe-spot-price-history " + file.name()));
            types.forEach((type, t) -> {
                BigDecimal zoneMeans = BigDecimal.ZERO;
                for (ZoneSum z : t.zones.values()) {
                    zoneMeans = zoneMeans.add(z.sum.divide(BigDecimal.valueOf(z.count), MathContext.DECIMAL64));
                }
                BigDecimal mean = zoneMeans.divide(BigDecimal.valueOf(t.zones.size()), MathContext.DECIMAL64);
                out.spot(region, type, new SpotRate(mean.stripTrailingZeros(), -1, "unknown", prov));
            });
        });
    }

    private void parse(JsonParser p) throws IOException {
        p.nextToken();
        JsonFiles.expect(p, JsonToken.START_OBJECT, "a JSON object", file.name());
        boolean sawHistory = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            boolean history = p.currentName().equals("SpotPriceHistory");
            p.nextToken();
            if (!history) { p.skipChildren(); continue; }
            sawHistory = true;
            JsonFiles.expect(p, JsonToken.START_ARRAY, "a list of Spot prices", file.name());
            while (p.nextToken() == JsonToken.START_OBJECT) {
                index++;
                entry(p);
            }
        }
        if (!sawHistory) {
            throw new PriceImportException(file.name(), "", "no \"SpotPriceHistory\" list; this is not describe-spot-price-history output");
        }
    }

    private void entry(JsonParser p) throws IOException {
        String zone = "";
        String type = "";
        String product = "";
        String price = "";
        String time = "";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            switch (f) {
                case "AvailabilityZone" -> zone = JsonFiles.text(p, f, file.name());
                case "InstanceType" -> type = JsonFiles.text(p, f, file.name());
                case "ProductDescription" -> product = JsonFiles.text(p, f, file.name());
                case "SpotPrice" -> price = JsonFiles.text(p, f, file.name());
                case "Timestamp" -> time = JsonFiles.text(p, f, file.name());
                default -> p.skipChildren();
            }
        }
        if (!product.startsWith("Linux/UNIX")) return;
        Matcher m = ZONE.matcher(zone);
        if (!m.matches()) return; // Local Zones and Wavelength Zones are not regions
        String region = m.group(1);
        if (!regionFilter.isEmpty() && !regionFilter.contains(region)) return;
        String place = "SpotPriceHistory[" + index + "]";
        if (!CatalogValues.isInstanceType(type))
            throw new PriceImportException(file.name(), place, "InstanceType " + CatalogValues.quoted(type)
                    + " is not an instance type name like m5.large");
        if (time.length() < 10 || !CatalogValues.isDate(time.substring(0, 10)))
            throw new PriceImportException(file.name(), place + " (" + type + " in " + zone + ")",
                    "Timestamp " + CatalogValues.quoted(time) + " is not a date and time like 2025-03-01T12:00:00Z");
        BigDecimal value;
        try {
            value = new BigDecimal(price.trim());
        } catch (NumberFormatException e) {
            throw new PriceImportException(file.name(), place + " (" + type + " in " + zone + ")",
                    "SpotPrice " + CatalogValues.quoted(price) + " is not a number");
        }
        if (value.signum() < 0 || !CatalogValues.inRange(value))
            throw new PriceImportException(file.name(), place + " (" + type + " in " + zone + ")",
                    "SpotPrice " + CatalogValues.quoted(price) + " is out of range");
        TypePrices t = prices.computeIfAbsent(region, r -> new TreeMap<>()).computeIfAbsent(type, x -> new TypePrices());
        ZoneSum z = t.zones.computeIfAbsent(zone, x -> new ZoneSum());
        z.sum = z.sum.add(value);
        z.count++;
        String day = time.length() >= 10 ? time.substring(0, 10) : time;
        if (day.compareTo(t.latest) > 0) t.latest = day;
    }
}
