package dev.costbench.catalog.importer;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.CatalogValues;
import dev.costbench.catalog.OfferInfo;
import dev.costbench.catalog.Provenance;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a rule needs to turn one offer file's entries into catalog rates: where the rates go, which
 * regions the user asked for, and one provenance per region citing the file, offer code, version and date.
 */
final class OfferContext {
    final ImportedRates out;
    final String fileName;
    final OfferHeader header;
    private final String regionHint;
    private final Set<String> regionFilter;
    private final Map<String, Provenance> provenanceByRegion = new HashMap<>();
    private final Set<String> offersRecorded = new HashSet<>();

    /**
     * @param regionHint the region the file is for, from its region index or its folder name; null if unknown
     * @param regionFilter regions to keep; empty keeps all
     */
    OfferContext(ImportedRates out, String fileName, OfferHeader header, String regionHint, Set<String> regionFilter) {
        this.out = out;
        this.fileName = fileName;
        this.header = header;
        this.regionHint = regionHint;
        this.regionFilter = regionFilter;
        if (!CatalogValues.isDate(header.publicationDay()))
            throw new PriceImportException(fileName, "publicationDate", CatalogValues.quoted(header.publicationDate())
                    + " is not a date (AWS writes 2025-03-01T12:00:00Z)");
    }

    /** The product's instance type, or an error naming the SKU when it is not one (AWS names them like m5.large). */
    String instanceType(ProductAttributes p) {
        String type = p.get("instancetype");
        if (!CatalogValues.isInstanceType(type))
            throw new PriceImportException(fileName, "SKU " + p.sku(), "instance type " + CatalogValues.quoted(type)
                    + " is not an instance type name like m5.large");
        return type;
    }

    boolean wanted(String region) { return regionFilter.isEmpty() || regionFilter.contains(region); }

    String regionHint() { return regionHint; }

    /** The region a product is sold in: its regionCode, else its location name, else the file's region. */
    String regionOf(ProductAttributes p) {
        String code = p.get("regioncode");
        if (AwsRegionNames.isRegionCode(code)) return code;
        String location = p.get("location");
        var byLocation = AwsRegionNames.byLocation(location);
        if (byLocation.isPresent()) return byLocation.get();
        if (regionHint != null) return regionHint;
        throw new PriceImportException(fileName, "SKU " + p.sku(),
                "cannot tell the region: no regionCode and unknown location '" + location
                        + "'; import the file through its region index or from a folder named after its region");
    }

    /**
     * The provenance of every rate this file gives {@code region}, and a record that the region's
     * {@code offer} (a catalog offer key: ec2, ec2_reserved, fargate, …) is now "as of" this file.
     */
    Provenance provenance(String region, String offer) {
        Provenance p = provenanceByRegion.computeIfAbsent(region, r -> {
            String id = "aws-price-list/" + header.offerCode() + "/" + r + "/" + header.version();
            return out.source(id, new Provenance(id, "AWS Price List " + fileName + " (offerCode " + header.offerCode()
                    + ", version " + header.version() + ", " + r + ")", header.publicationDay(), Basis.PUBLISHED, null));
        });
        if (offersRecorded.add(region + "/" + offer)) {
            out.offer(region, new OfferInfo(offer, header.publicationDay(),
                    header.offerCode() + " offer file " + header.version()));
        }
        return p;
    }

    /** The dimension's price as a number, or an error naming the place and the text found. */
    BigDecimal price(PriceDimension d, String place) {
        String text = d.usd();
        try {
            BigDecimal v = new BigDecimal(text.trim());
            if (v.signum() < 0)
                throw new PriceImportException(fileName, place + ", rate code " + d.rateCode(), "price "
                        + CatalogValues.quoted(text) + " is below zero: AWS publishes no negative prices");
            if (!CatalogValues.inRange(v))
                throw new PriceImportException(fileName, place + ", rate code " + d.rateCode(), "price "
                        + CatalogValues.quoted(text) + " is out of range (at most " + CatalogValues.MAX_DIGITS
                        + " digits before and after the decimal point)");
            return v;
        } catch (NumberFormatException e) {
            throw new PriceImportException(fileName, place + ", rate code " + d.rateCode(),
                    "price " + CatalogValues.quoted(text) + " is not a number");
        }
    }
}
