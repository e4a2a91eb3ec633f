package dev.costbench.catalog;

import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Reads one regions/&lt;region&gt;.json: groups of rates, each group citing one source. */
final class RegionReader {
    private final String region;
    private final PriceCatalog.Builder builder;
    private final Map<String, Provenance> sources;
    private final List<ReservedKey> reservedOrder;
    private final List<SavingsPlanKey> savingsPlanOrder;

    RegionReader(String region, PriceCatalog.Builder builder, Map<String, Provenance> sources,
                 List<ReservedKey> reservedOrder, List<SavingsPlanKey> savingsPlanOrder) {
        this.region = region;
        this.builder = builder;
        this.sources = sources;
        this.reservedOrder = reservedOrder;
        this.savingsPlanOrder = savingsPlanOrder;
    }

    void read(JsonCursor c) {
        for (String field; (field = c.nextField()) != null; ) {
            switch (field) {
                case "region" -> {
                    String named = c.text("region");
                    if (!named.equals(region))
                        throw c.problem("file is listed for " + region + " in catalog.json but names region " + named);
                }
                case "offers" -> readOffers(c);
                case "onDemand" -> groups(c, "hour", (g, type) ->
                        builder.onDemand(region, type, new Rate(c.price(), g.unit, g.provenance)));
                case "reserved" -> groups(c, null, (g, type) -> reservedRow(c, g, type));
                case "savingsPlans" -> groups(c, "hour", (g, type) -> savingsPlanRow(c, g, type));
                case "spot" -> groups(c, "hour", (g, type) -> spotRow(c, g, type));
                case "services" -> groups(c, null, (g, key) -> serviceRow(c, g, key));
                case "serviceSavingsPlans" -> groups(c, null, (g, key) -> serviceSavingsPlanRow(c, g, key));
                default -> c.skipValue();
            }
        }
    }

    private void readOffers(JsonCursor c) {
        c.enterObject("an object of service → offer");
        for (String service; (service = c.nextField()) != null; ) {
            c.enterObject("an offer object");
            String date = null, version = null;
            for (String f; (f = c.nextField()) != null; ) {
                switch (f) {
                    case "publicationDate" -> date = c.date("publicationDate");
                    case "version" -> version = c.text("version");
                    default -> c.skipValue();
                }
            }
            if (date == null || version == null)
                throw c.problem("offer \"" + service + "\" needs \"publicationDate\" and \"version\"");
            builder.offer(region, new OfferInfo(service, date, version));
        }
    }

    /** The source and unit shared by one group of rates. */
    private static final class Group {
        Provenance provenance;
        String unit;
    }

    private interface Row {
        void read(Group group, String key);
    }

    /**
     * A list of groups {@code {"source": id, "unit": u, "rates": {key: value}}}. The source comes before the
     * rates so that each rate is tied to its provenance as it is read.
     */
    private void groups(JsonCursor c, String defaultUnit, Row row) {
        c.enterArray("a list of rate groups");
        while (c.nextElement()) {
            c.enterObject("a rate group {source, unit, rates}");
            Group g = new Group();
            g.unit = defaultUnit;
            boolean sawRates = false;
            for (String f; (f = c.nextField()) != null; ) {
                switch (f) {
                    case "source" -> g.provenance = source(c);
                    case "unit" -> g.unit = c.text("unit");
                    case "rates" -> {
                        if (g.provenance == null) throw c.problem("a rate group must name its \"source\" before its \"rates\"");
                        c.enterObject("an object of rates");
                        for (String key; (key = c.nextField()) != null; ) row.read(g, key);
                        sawRates = true;
                    }
                    default -> c.skipValue();
                }
            }
            if (g.provenance == null) throw c.problem("rate group has no \"source\"");
            if (!sawRates) throw c.problem("rate group has no \"rates\"");
        }
    }

    private Provenance source(JsonCursor c) {
        String id = c.text("source");
        Provenance p = sources.get(id);
        if (p == null) throw c.problem("source \"" + id + "\" is not in catalog.json's sources");
        return p;
    }

    private void reservedRow(JsonCursor c, Group g, String type) {
        c.enterArray("a list of " + reservedOrder.size() + " [upfront, hourly] offers (null where absent)");
        int i = 0;
        while (c.nextElement()) {
            if (i >= reservedOrder.size()) throw c.problem("more than " + reservedOrder.size() + " Reserved offers");
            ReservedKey key = reservedOrder.get(i++);
            if (c.isNull()) continue;
            c.enterArray("an [upfront, hourly] pair");
            BigDecimal upfront = null, hourly = null;
            int n = 0;
            while (c.nextElement()) {
                if (n == 0) upfront = c.price();
                else if (n == 1) hourly = c.price();
                else throw c.problem("an offer is [upfront, hourly]; found a third value");
                n++;
            }
            if (n != 2) throw c.problem("an offer is [upfront, hourly]; found " + n + " value(s)");
            builder.reserved(region, type, key, new ReservedRate(upfront, hourly, g.provenance));
        }
        if (i != reservedOrder.size())
            throw c.problem("expected " + reservedOrder.size() + " Reserved offers (null where absent), found " + i);
    }

    private void savingsPlanRow(JsonCursor c, Group g, String type) {
        c.enterArray("a list of " + savingsPlanOrder.size() + " Savings Plan rates (null where absent)");
        int i = 0;
        while (c.nextElement()) {
            if (i >= savingsPlanOrder.size()) throw c.problem("more than " + savingsPlanOrder.size() + " Savings Plan rates");
            SavingsPlanKey key = savingsPlanOrder.get(i++);
            if (c.isNull()) continue;
            builder.ec2SavingsPlan(region, type, key, new Rate(c.price(), g.unit, g.provenance));
        }
        if (i != savingsPlanOrder.size())
            throw c.problem("expected " + savingsPlanOrder.size() + " Savings Plan rates (null where absent), found " + i);
    }

    private void spotRow(JsonCursor c, Group g, String type) {
        c.enterArray("a [hourly, interruption bucket, label] triple");
        BigDecimal hourly = null;
        int bucket = -1;
        String label = null;
        int n = 0;
        while (c.nextElement()) {
            switch (n++) {
                case 0 -> hourly = c.price();
                case 1 -> bucket = c.integer("interruption bucket", -1, 4);
                case 2 -> label = c.text("interruption label");
                default -> throw c.problem("a Spot rate is [hourly, bucket, label]; found a fourth value");
            }
        }
        if (n != 3) throw c.problem("a Spot rate is [hourly, bucket, label]; found " + n + " value(s)");
        builder.spot(region, type, new SpotRate(hourly, bucket, label, g.provenance));
    }

    private void serviceRow(JsonCursor c, Group g, String key) {
        int slash = serviceKeySlash(c, key);
        BigDecimal[] price = new BigDecimal[1];
        String unit = priceAndUnit(c, price);
        builder.serviceRate(region, key.substring(0, slash), key.substring(slash + 1), new Rate(price[0], unit, g.provenance));
    }

    private void serviceSavingsPlanRow(JsonCursor c, Group g, String key) {
        int slash = serviceKeySlash(c, key);
        c.enterObject("an object of Savings Plan → [price, unit]");
        for (String plan; (plan = c.nextField()) != null; ) {
            SavingsPlanKey sp = SavingsPlanKey.parse(plan);
            if (sp == null) throw c.problem("\"" + plan + "\" is not a Savings Plan like compute/1y/no-upfront");
            BigDecimal[] price = new BigDecimal[1];
            String unit = priceAndUnit(c, price);
            builder.serviceSavingsPlan(region, key.substring(0, slash), key.substring(slash + 1), sp,
                    new Rate(price[0], unit, g.provenance));
        }
    }

    private static int serviceKeySlash(JsonCursor c, String key) {
        int slash = key.indexOf('/');
        if (slash <= 0 || slash == key.length() - 1)
            throw c.problem("service rate key \"" + key + "\" is not service/dimension");
        return slash;
    }

    private static String priceAndUnit(JsonCursor c, BigDecimal[] price) {
        c.enterArray("a [price, unit] pair");
        String unit = null;
        int n = 0;
        while (c.nextElement()) {
            if (n == 0) price[0] = c.price();
            else if (n == 1) unit = c.text("unit");
            else throw c.problem("a service rate is [price, unit]; found a third value");
            n++;
        }
        if (n != 2) throw c.problem("a service rate is [price, unit]; found " + n + " value(s)");
        return unit;
    }
}
