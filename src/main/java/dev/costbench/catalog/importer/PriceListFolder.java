package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Follows AWS's indexes through a folder laid out as AWS publishes it: {@code offers/v1.0/aws/index.json} names
 * each service's {@code current/region_index.json} and the Savings Plans region index; those name each
 * region's offer file. URLs in the indexes ("/offers/v1.0/aws/AmazonEC2/…") are read relative to the folder
 * that holds {@code offers/} and {@code savingsPlan/}. A service whose region index is not in the folder is
 * skipped with a note; a region index that names a file that is not there is an error.
 */
final class PriceListFolder {
    private static final List<String> SERVICES = List.of("AmazonEC2", "AmazonECS", "AWSLambda", "AWSELB", "AmazonEKS");

    private final Set<String> regionFilter;
    private final ImportPlan plan;

    PriceListFolder(Set<String> regionFilter, ImportPlan plan) {
        this.regionFilter = regionFilter;
        this.plan = plan;
    }

    /** Adds every file under {@code dir}, found through its services index or region index. */
    void addFolder(Path dir) {
        Path services = dir.resolve("offers/v1.0/aws/index.json");
        Path regions = dir.resolve("region_index.json");
        if (Files.isRegularFile(services)) {
            addServicesIndex(new PriceFile(services, relative(dir, services), null, null));
        } else if (Files.isRegularFile(regions)) {
            PriceFile index = new PriceFile(regions, regions.getFileName().toString(), null, null);
            if (PriceFileSniffer.kind(index) == PriceFileKind.SAVINGS_PLAN_REGION_INDEX) addSavingsPlanIndex(index);
            else addRegionIndex(index, null);
        } else {
            throw new PriceImportException(dir.toString(), "", "no AWS price index here: expected offers/v1.0/aws/index.json "
                    + "(the folder AWS's files were downloaded into) or region_index.json");
        }
    }

    void addServicesIndex(PriceFile index) {
        Map<String, Map<String, String>> offers = new LinkedHashMap<>();
        readField(index, "offers", p -> {
            JsonFiles.expect(p, JsonToken.START_OBJECT, "an object of offers", index.name());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String code = p.currentName();
                p.nextToken();
                offers.put(code, stringFields(p, index));
            }
        });
        Path root = root(index.path());
        Set<String> savingsPlanIndexes = new LinkedHashSet<>();
        for (String code : SERVICES) {
            Map<String, String> offer = offers.get(code);
            if (offer == null) continue;
            String url = offer.get("currentRegionIndexUrl");
            if (url != null) {
                Path regionIndex = resolve(root, url);
                if (Files.isRegularFile(regionIndex)) addRegionIndex(new PriceFile(regionIndex, relative(root, regionIndex), null, code), code);
                else plan.notes.add(code + ": " + relative(root, regionIndex) + " is not in the folder; skipped");
            }
            String sp = offer.get("currentSavingsPlanIndexUrl");
            if (sp != null && sp.contains("/" + SavingsPlanOfferReader.OFFER_CODE + "/")) savingsPlanIndexes.add(sp);
        }
        for (String url : savingsPlanIndexes) {
            Path spIndex = resolve(root, url);
            if (Files.isRegularFile(spIndex)) addSavingsPlanIndex(new PriceFile(spIndex, relative(root, spIndex), null, null));
            else plan.notes.add(SavingsPlanOfferReader.OFFER_CODE + ": " + relative(root, spIndex) + " is not in the folder; skipped");
        }
    }

    /** @param offerCode the service the index is for, when known from the services index */
    void addRegionIndex(PriceFile index, String offerCode) {
        Map<String, String> urls = new LinkedHashMap<>();
        readField(index, "regions", p -> {
            JsonFiles.expect(p, JsonToken.START_OBJECT, "an object of regions", index.name());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String code = p.currentName();
                p.nextToken();
                Map<String, String> entry = stringFields(p, index);
                String url = entry.get("currentVersionUrl");
                if (url == null) {
                    throw new PriceImportException(index.name(), "region " + code, "no currentVersionUrl");
                }
                urls.put(entry.getOrDefault("regionCode", code), url);
            }
        });
        addRegions(index, urls, offerCode, PriceFileKind.OFFER_JSON);
    }

    void addSavingsPlanIndex(PriceFile index) {
        Map<String, String> urls = new LinkedHashMap<>();
        readField(index, "regions", p -> {
            JsonFiles.expect(p, JsonToken.START_ARRAY, "a list of regions", index.name());
            int i = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                Map<String, String> entry = stringFields(p, index);
                String code = entry.get("regionCode");
                String url = entry.get("versionUrl");
                if (code == null || url == null) {
                    throw new PriceImportException(index.name(), "regions[" + i + "]", "needs regionCode and versionUrl");
                }
                urls.put(code, url);
                i++;
            }
        });
        addRegions(index, urls, SavingsPlanOfferReader.OFFER_CODE, PriceFileKind.SAVINGS_PLAN_OFFER);
    }

    private void addRegions(PriceFile index, Map<String, String> urls, String offerCode, PriceFileKind kind) {
        Path root = root(index.path());
        for (String region : regionFilter) {
            if (!urls.containsKey(region)) plan.notes.add(index.name() + ": no " + region + " in this index");
        }
        urls.forEach((region, url) -> {
            if (!regionFilter.isEmpty() && !regionFilter.contains(region)) return;
            Path json = resolve(root, url);
            Path csv = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".csv"));
            PriceFileKind k = kind;
            Path file = json;
            if (!Files.isRegularFile(json) && kind == PriceFileKind.OFFER_JSON && Files.isRegularFile(csv)) {
                file = csv;
                k = PriceFileKind.OFFER_CSV;
            }
            if (!Files.isRegularFile(file)) {
                throw new PriceImportException(index.name(), "region " + region, "lists " + url + " but "
                        + relative(root, json) + " is not in the folder");
            }
            String expected = kind == PriceFileKind.SAVINGS_PLAN_OFFER ? null : offerCode;
            plan.add(new PriceFile(file, relative(root, file), region, expected), k);
        });
    }

    /**
     * The folder AWS's URLs are relative to: the parent of the nearest {@code offers} or {@code savingsPlan}
     * folder above the index, else the index's own folder.
     */
    static Path root(Path index) {
        Path abs = index.toAbsolutePath().normalize();
        for (Path p = abs.getParent(); p != null; p = p.getParent()) {
            Path name = p.getFileName();
            if (name != null && (name.toString().equals("offers") || name.toString().equals("savingsPlan"))) {
                return p.getParent();
            }
        }
        return abs.getParent();
    }

    private static Path resolve(Path root, String url) {
        String path = url.replaceFirst("^https?://[^/]+", "");
        while (path.startsWith("/")) path = path.substring(1);
        return root.resolve(path).normalize();
    }

    private static String relative(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return (abs.startsWith(r) ? r.relativize(abs) : abs).toString().replace('\\', '/');
    }

    private interface JsonBody {
        void read(JsonParser p) throws IOException;
    }

    private static void readJson(PriceFile index, JsonBody body) {
        try (JsonParser p = JsonFiles.open(index.path())) {
            p.nextToken();
            JsonFiles.expect(p, JsonToken.START_OBJECT, "a JSON object", index.name());
            body.read(p);
        } catch (JsonProcessingException e) {
            throw JsonFiles.failure(index.name(), e, null);
        } catch (IOException e) {
            throw JsonFiles.unreadable(index.name(), e);
        }
    }

    /** Reads the value of one top-level field of the index with {@code body}; the index's other fields are skipped. */
    private static void readField(PriceFile index, String name, JsonBody body) {
        readJson(index, p -> {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals(name)) body.read(p);
                else p.skipChildren();
            }
        });
    }

    /** The string fields of the current object; nested values are skipped. */
    private static Map<String, String> stringFields(JsonParser p, PriceFile index) throws IOException {
        JsonFiles.expect(p, JsonToken.START_OBJECT, "an object", index.name());
        Map<String, String> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (p.currentToken().isScalarValue()) m.put(f, p.getText());
            else p.skipChildren();
        }
        return m;
    }
}
