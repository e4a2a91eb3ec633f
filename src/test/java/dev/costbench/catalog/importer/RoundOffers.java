package dev.costbench.catalog.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Small EC2 offer files (CSV) for the concurrency tests: round {@code r} of importer {@code lane} publishes
 * m5.large On-Demand in the lane's region at a price and on a day that both say which round it was, so a
 * reader can tell from a catalog exactly which imports it holds and whether they agree with each other.
 */
final class RoundOffers {
    /** Lane 0 prices us-west-2 (0.1000 + round/1000 $/h), lane 1 us-east-2 (0.2000 + round/1000). */
    static final String[] REGION = {"us-west-2", "us-east-2"};
    private static final String[] LOCATION = {"US West (Oregon)", "US East (Ohio)"};
    private static final String[] PREFIX = {"USW2", "USE2"};
    private static final BigDecimal[] BASE = {new BigDecimal("0.1000"), new BigDecimal("0.2000")};
    // newer than the shipped catalog's rates for both regions, so each import replaces them
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-09-01");
    private static final BigDecimal PER_ROUND = new BigDecimal("0.001");

    private RoundOffers() {}

    static BigDecimal price(int lane, int round) { return BASE[lane].add(PER_ROUND.multiply(BigDecimal.valueOf(round))); }

    static String day(int round) { return FIRST_DAY.plusDays(round).toString(); }

    /** The round a price of {@code lane} belongs to, or -1 when it is no round's price. */
    static int roundOf(int lane, BigDecimal price) {
        BigDecimal r = price.subtract(BASE[lane]).divide(PER_ROUND);
        return r.signum() >= 0 && r.stripTrailingZeros().scale() <= 0 ? r.intValue() : -1;
    }

    static Path write(Path dir, int lane, int round) throws IOException {
        String sku = PREFIX[lane] + "M5L" + String.format("%05d", round);
        String version = day(round).replace("-", "") + "000000";
        String csv = String.join("\n",
                "\"FormatVersion\",\"v1.0\"",
                "\"Disclaimer\",\"Round file for Costbench tests.\"",
                "\"Publication Date\",\"" + day(round) + "T00:00:00Z\"",
                "\"Version\",\"" + version + "\"",
                "\"OfferCode\",\"AmazonEC2\"",
                "\"SKU\",\"OfferTermCode\",\"RateCode\",\"TermType\",\"PriceDescription\",\"EffectiveDate\",\"StartingRange\","
                        + "\"EndingRange\",\"Unit\",\"PricePerUnit\",\"Currency\",\"RelatedTo\",\"LeaseContractLength\","
                        + "\"PurchaseOption\",\"OfferingClass\",\"Product Family\",\"serviceCode\",\"Location\",\"Location Type\","
                        + "\"Instance Type\",\"Current Generation\",\"Instance Family\",\"vCPU\",\"Physical Processor\",\"Memory\","
                        + "\"Storage\",\"Tenancy\",\"Operating System\",\"License Model\",\"usageType\",\"operation\","
                        + "\"CapacityStatus\",\"Pre Installed S/W\",\"Region Code\",\"Volume API Name\"",
                "\"" + sku + "\",\"JRTCKXETXF\",\"" + sku + ".JRTCKXETXF.6YS6EN2CT7\",\"OnDemand\",\"m5.large\",\"" + day(round)
                        + "\",\"0\",\"Inf\",\"Hrs\",\"" + price(lane, round).toPlainString() + "\",\"USD\",\"\",\"\",\"\",\"\","
                        + "\"Compute Instance\",\"AmazonEC2\",\"" + LOCATION[lane] + "\",\"AWS Region\",\"m5.large\",\"Yes\","
                        + "\"General purpose\",\"2\",\"Intel Xeon Platinum 8175\",\"8 GiB\",\"EBS only\",\"Shared\",\"Linux\","
                        + "\"No License required\",\"" + PREFIX[lane] + "-BoxUsage:m5.large\",\"RunInstances\",\"Used\",\"NA\",\""
                        + REGION[lane] + "\",\"\"") + "\n";
        Path file = dir.resolve("lane" + lane + "-round" + round + ".csv");
        Files.writeString(file, csv);
        return file;
    }
}
