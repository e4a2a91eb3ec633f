package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * Writes an AmazonEC2 offer file of about a given size in AWS's JSON layout, for the import benchmark: many
 * regions, instance types and SKUs of every operating system, tenancy, pre-installed software and capacity
 * status (so filtering does real work: about one SKU in 200 is Linux/Shared/NA/Used), each with its On-Demand
 * term and, for capacity status Used outside Dedicated Hosts, the twelve Reserved offers.
 */
public final class SyntheticEc2OfferFile {
    private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1",
            "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1", "ap-south-1", "ap-southeast-1",
            "ap-southeast-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ca-central-1", "sa-east-1",
            "me-south-1", "af-south-1");
    private static final List<String> FAMILIES = List.of("m5", "m6i", "m7i", "m6g", "m7g", "c5", "c6i", "c7i", "c6g",
            "c7g", "r5", "r6i", "r7i", "r6g", "r7g", "t3", "t4g", "i4i", "x2idn", "z1d");
    private static final List<String> SIZES = List.of("large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge",
            "16xlarge", "24xlarge");
    private static final List<String[]> SYSTEMS = List.of(new String[] {"Linux", "RunInstances", "No License required"},
            new String[] {"Windows", "RunInstances:0002", "License Included"},
            new String[] {"RHEL", "RunInstances:0010", "No License required"},
            new String[] {"SUSE", "RunInstances:000g", "No License required"},
            new String[] {"Red Hat Enterprise Linux with HA", "RunInstances:1010", "No License required"},
            new String[] {"Ubuntu Pro", "RunInstances:0g00", "No License required"});
    private static final List<String> TENANCIES = List.of("Shared", "Dedicated", "Host");
    private static final List<String> SOFTWARE = List.of("NA", "SQL Web", "SQL Std", "SQL Ent");
    private static final List<String> CAPACITY = List.of("Used", "UnusedCapacityReservation", "AllocatedCapacityReservation");
    private static final String[][] RESERVED = {
            {"1yr", "standard", "No Upfront"}, {"1yr", "standard", "Partial Upfront"}, {"1yr", "standard", "All Upfront"},
            {"1yr", "convertible", "No Upfront"}, {"1yr", "convertible", "Partial Upfront"}, {"1yr", "convertible", "All Upfront"},
            {"3yr", "standard", "No Upfront"}, {"3yr", "standard", "Partial Upfront"}, {"3yr", "standard", "All Upfront"},
            {"3yr", "convertible", "No Upfront"}, {"3yr", "convertible", "Partial Upfront"}, {"3yr", "convertible", "All Upfront"}};
    private static final String[] RESERVED_CODES = {"4NA7Y494T4", "6QCMYABX3D", "7NE97W5U4E", "BPH4J8HBKS", "CUZHX8X6JH",
            "HU7G6KETJZ", "MZU6U2429S", "NQ3QZPMQV9", "R5XV2EPZQZ", "VJWZNREJX2", "Z2E3P23VKM", "38NPMPTW36"};
    private static final int COMBOS = SYSTEMS.size() * TENANCIES.size() * SOFTWARE.size() * CAPACITY.size();
    private static final int TYPES = FAMILIES.size() * SIZES.size();

    private SyntheticEc2OfferFile() {}

    /** Writes about {@code targetBytes} to {@code file}; returns the SKU count. */
    public static long write(Path file, long targetBytes) throws IOException {
        long skus = Math.max(1, targetBytes / bytesPerSku());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, i -> i, skus);
        }
        return skus;
    }

    /** The average size of one SKU, measured on a file of a sample spread over every combination. */
    private static long bytesPerSku() throws IOException {
        int sample = COMBOS * 4;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        write(buf, k -> k, sample);
        return buf.size() / sample;
    }

    /** An offer file of the SKUs {@code index(0)} … {@code index(count − 1)}: products, then their terms. */
    private static void write(OutputStream out, LongUnaryOperator index, long count) throws IOException {
        try (JsonGenerator g = JsonFiles.FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            header(g);
            g.writeObjectFieldStart("products");
            for (long k = 0; k < count; k++) product(g, index.applyAsLong(k));
            g.writeEndObject();
            g.writeObjectFieldStart("terms");
            g.writeObjectFieldStart("OnDemand");
            for (long k = 0; k < count; k++) onDemand(g, index.applyAsLong(k));
            g.writeEndObject();
            g.writeObjectFieldStart("Reserved");
            for (long k = 0; k < count; k++) if (hasReserved(index.applyAsLong(k))) reserved(g, index.applyAsLong(k));
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("attributesList");
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void header(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("formatVersion", "v1.0");
        g.writeStringField("disclaimer", "Synthetic offer file written by the Costbench import benchmark.");
        g.writeStringField("offerCode", "AmazonEC2");
        g.writeStringField("version", "20250301120000");
        g.writeStringField("publicationDate", "2025-03-01T12:00:00Z");
    }

    /** A 16-character SKU, unique per index: a scrambled prefix, then the index in base 31. */
    static String sku(long i) {
        String alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
        char[] c = new char[16];
        long x = i * 0x9E3779B97F4A7C15L;
        for (int k = 0; k < 6; k++) {
            c[k] = alphabet.charAt((int) Long.remainderUnsigned(x >>> (k * 9), alphabet.length()));
        }
        long n = i;
        for (int k = 15; k >= 6; k--) {
            c[k] = alphabet.charAt((int) (n % alphabet.length()));
            n /= alphabet.length();
        }
        return new String(c);
    }

    // the SKU index i walks attribute combinations fastest, then types, then regions
    private static int combo(long i) { return (int) (i % COMBOS); }

    private static int typeIndex(long i) { return (int) ((i / COMBOS) % TYPES); }

    private static String type(long i) {
        int t = typeIndex(i);
        return FAMILIES.get(t / SIZES.size()) + "." + SIZES.get(t % SIZES.size());
    }

    private static String region(long i) { return REGIONS.get((int) ((i / ((long) TYPES * COMBOS)) % REGIONS.size())); }

    // capacity status varies fastest, so any run of SKUs has the same share of Reserved offers as the whole
    private static String capacity(long i) { return CAPACITY.get(combo(i) % CAPACITY.size()); }

    private static String software(long i) { return SOFTWARE.get(combo(i) / CAPACITY.size() % SOFTWARE.size()); }

    private static String tenancy(long i) {
        return TENANCIES.get(combo(i) / (CAPACITY.size() * SOFTWARE.size()) % TENANCIES.size());
    }

    private static String[] system(long i) {
        return SYSTEMS.get(combo(i) / (CAPACITY.size() * SOFTWARE.size() * TENANCIES.size()) % SYSTEMS.size());
    }

    private static boolean hasReserved(long i) { return capacity(i).equals("Used") && !tenancy(i).equals("Host"); }

    private static int vcpu(long i) {
        int s = typeIndex(i) % SIZES.size();
        return new int[] {2, 4, 8, 16, 32, 48, 64, 96}[s];
    }

    private static String hourly(long i, double factor) {
        double base = vcpu(i) * 0.048 * (1 + combo(i) % 7 * 0.13) * (1 + typeIndex(i) % 5 * 0.04);
        return String.format("%.10f", base * factor);
    }

    private static void product(JsonGenerator g, long i) throws IOException {
        String sku = sku(i);
        String type = type(i);
        String region = region(i);
        String[] os = system(i);
        String tenancy = tenancy(i);
        g.writeObjectFieldStart(sku);
        g.writeStringField("sku", sku);
        g.writeStringField("productFamily", "Compute Instance");
        g.writeObjectFieldStart("attributes");
        g.writeStringField("servicecode", "AmazonEC2");
        g.writeStringField("location", region);
        g.writeStringField("locationType", "AWS Region");
        g.writeStringField("instanceType", type);
        g.writeStringField("currentGeneration", "Yes");
        g.writeStringField("instanceFamily", "General purpose");
        g.writeStringField("vcpu", Integer.toString(vcpu(i)));
        g.writeStringField("physicalProcessor", type.contains("g.") ? "AWS Graviton3 Processor" : "Intel Xeon Platinum 8375C");
        g.writeStringField("clockSpeed", "3.5 GHz");
        g.writeStringField("memory", vcpu(i) * 4 + " GiB");
        g.writeStringField("storage", "EBS only");
        g.writeStringField("networkPerformance", "Up to 12500 Megabit");
        g.writeStringField("processorArchitecture", "64-bit");
        g.writeStringField("tenancy", tenancy);
        g.writeStringField("operatingSystem", os[0]);
        g.writeStringField("licenseModel", os[2]);
        String usage = switch (tenancy) {
            case "Dedicated" -> "DedicatedUsage:";
            case "Host" -> "HostBoxUsage:";
            default -> "BoxUsage:";
        };
        g.writeStringField("usagetype", "XX1-" + usage + type);
        g.writeStringField("operation", os[1]);
        g.writeStringField("availabilityzone", "NA");
        g.writeStringField("capacitystatus", capacity(i));
        g.writeStringField("classicnetworkingsupport", "false");
        g.writeStringField("dedicatedEbsThroughput", "Up to 10000 Mbps");
        g.writeStringField("ecu", "NA");
        g.writeStringField("enhancedNetworkingSupported", "Yes");
        g.writeStringField("gpuMemory", "NA");
        g.writeStringField("intelAvxAvailable", "Yes");
        g.writeStringField("intelAvx2Available", "Yes");
        g.writeStringField("intelTurboAvailable", "Yes");
        g.writeStringField("marketoption", "OnDemand");
        g.writeStringField("normalizationSizeFactor", Integer.toString(vcpu(i) * 2));
        g.writeStringField("preInstalledSw", software(i));
        g.writeStringField("processorFeatures", "Intel AVX; Intel AVX2; Intel AVX512; Intel Turbo");
        g.writeStringField("regionCode", region);
        g.writeStringField("servicename", "Amazon Elastic Compute Cloud");
        g.writeStringField("vpcnetworkingsupport", "true");
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void onDemand(JsonGenerator g, long i) throws IOException {
        String sku = sku(i);
        g.writeObjectFieldStart(sku);
        term(g, sku, "JRTCKXETXF", null, hourly(i, 1.0), null);
        g.writeEndObject();
    }

    private static void reserved(JsonGenerator g, long i) throws IOException {
        String sku = sku(i);
        g.writeObjectFieldStart(sku);
        for (int k = 0; k < RESERVED.length; k++) {
            String[] r = RESERVED[k];
            double years = r[0].equals("1yr") ? 1 : 3;
            double discount = (r[1].equals("standard") ? 0.38 : 0.28) + (years - 1) * 0.1;
            double od = Double.parseDouble(hourly(i, 1.0)) * (1 - discount);
            String hourly = switch (r[2]) {
                case "No Upfront" -> String.format("%.10f", od);
                case "Partial Upfront" -> String.format("%.10f", od / 2);
                default -> "0.0000000000";
            };
            String upfront = switch (r[2]) {
                case "No Upfront" -> null;
                case "Partial Upfront" -> Long.toString(Math.round(od / 2 * 8760 * years));
                default -> Long.toString(Math.round(od * 8760 * years));
            };
            term(g, sku, RESERVED_CODES[k], r, hourly, upfront);
        }
        g.writeEndObject();
    }

    private static void term(JsonGenerator g, String sku, String code, String[] attributes, String hourly, String upfront)
            throws IOException {
        g.writeObjectFieldStart(sku + "." + code);
        g.writeStringField("offerTermCode", code);
        g.writeStringField("sku", sku);
        g.writeStringField("effectiveDate", "2025-02-01T00:00:00Z");
        g.writeObjectFieldStart("priceDimensions");
        if (upfront != null) {
            g.writeObjectFieldStart(sku + "." + code + ".2TG2D8R56U");
            g.writeStringField("rateCode", sku + "." + code + ".2TG2D8R56U");
            g.writeStringField("description", "Upfront Fee");
            g.writeStringField("unit", "Quantity");
            g.writeObjectFieldStart("pricePerUnit");
            g.writeStringField("USD", upfront);
            g.writeEndObject();
            g.writeArrayFieldStart("appliesTo");
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart(sku + "." + code + ".6YS6EN2CT7");
        g.writeStringField("rateCode", sku + "." + code + ".6YS6EN2CT7");
        g.writeStringField("description", "$" + hourly + " per instance hour");
        g.writeStringField("beginRange", "0");
        g.writeStringField("endRange", "Inf");
        g.writeStringField("unit", "Hrs");
        g.writeObjectFieldStart("pricePerUnit");
        g.writeStringField("USD", hourly);
        g.writeEndObject();
        g.writeArrayFieldStart("appliesTo");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("termAttributes");
        if (attributes != null) {
            g.writeStringField("LeaseContractLength", attributes[0]);
            g.writeStringField("OfferingClass", attributes[1]);
            g.writeStringField("PurchaseOption", attributes[2]);
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
