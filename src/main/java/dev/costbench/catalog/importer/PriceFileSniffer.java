package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Tells what a file is from its first fields, reading no further than it must: AWS's offer files start with
 * their header, indexes with "offers" or "regions", the Spot files with their one top-level list or object.
 */
final class PriceFileSniffer {
    private PriceFileSniffer() {}

    static PriceFileKind kind(PriceFile file) {
        try {
            return file.path().getFileName().toString().toLowerCase().endsWith(".csv") ? csv(file) : json(file);
        } catch (IOException e) {
            throw JsonFiles.unreadable(file.name(), e);
        }
    }

    private static PriceFileKind csv(PriceFile file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < 20; i++) {
                String line = r.readLine();
                if (line == null) break;
                String bare = line.replace("\"", "");
                if (bare.startsWith("OfferCode,")) {
                    if (bare.substring("OfferCode,".length()).trim().equals(SavingsPlanOfferReader.OFFER_CODE)) {
                        throw new PriceImportException(file.name(), "OfferCode",
                                "Savings Plans rates are imported from the JSON form of the file");
                    }
                    return PriceFileKind.OFFER_CSV;
                }
            }
        }
        throw new PriceImportException(file.name(), "", "no \"OfferCode\" line before the header; this is not an AWS offer file in CSV form");
    }

    private static PriceFileKind json(PriceFile file) throws IOException {
        try (JsonParser p = JsonFiles.open(file.path())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new PriceImportException(file.name(), "line 1", "not a JSON object; Costbench reads AWS price files ("
                        + OfferKind.supported() + "), region indexes and Spot data");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "offers": return PriceFileKind.SERVICES_INDEX;
                    case "regions":
                        return value == JsonToken.START_ARRAY ? PriceFileKind.SAVINGS_PLAN_REGION_INDEX : PriceFileKind.REGION_INDEX;
                    case "SpotPriceHistory": return PriceFileKind.SPOT_PRICE_HISTORY;
                    case "spot_advisor", "instance_types", "ranges", "global_rate": return PriceFileKind.SPOT_ADVISOR;
                    case "products":
                        return value == JsonToken.START_ARRAY ? PriceFileKind.SAVINGS_PLAN_OFFER : PriceFileKind.OFFER_JSON;
                    case "offerCode":
                        return SavingsPlanOfferReader.OFFER_CODE.equals(p.getText()) ? PriceFileKind.SAVINGS_PLAN_OFFER
                                : PriceFileKind.OFFER_JSON;
                    default: p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw JsonFiles.failure(file.name(), e, null);
        }
        throw new PriceImportException(file.name(), "", "not a file Costbench imports: expected an AWS offer file ("
                + OfferKind.supported() + "), a services or region index, Spot Advisor data or describe-spot-price-history output");
    }
}
