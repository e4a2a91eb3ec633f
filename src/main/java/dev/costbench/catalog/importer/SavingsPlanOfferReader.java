package dev.costbench.catalog.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.costbench.catalog.CatalogValues;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.Term;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Streams a Savings Plans offer file (AWSComputeSavingsPlan, one per region): Compute and EC2 Instance
 * Savings Plans rates for Linux EC2 instance hours (BoxUsage with the RunInstances operation), Dedicated Host
 * hours per family (HostUsage:&lt;family&gt;, stored as the {@code ec2_host} service dimension of that family), Fargate
 * vCPU and GB hours (x86 and ARM) and Lambda duration and provisioned concurrency (x86 and ARM).
 * Entries for other services, operations or regions, and malformed rate codes, are skipped.
 */
final class SavingsPlanOfferReader implements OfferFileWalk.Sections {
    static final String OFFER_CODE = "AWSComputeSavingsPlan";
    private static final Pattern RATE_CODE = Pattern.compile("[A-Z0-9]+\\.[A-Z0-9]+");

    private final OfferFileWalk walk;
    private final PriceFile file;
    private final Set<String> regionFilter;
    private final ImportedRates out;
    private final Map<String, SavingsPlanKey> plans = new HashMap<>();
    private OfferContext ctx;
    private String lastPlan;
    private int otherRegion;
    private int malformed;

    private SavingsPlanOfferReader(PriceFile file, Set<String> regionFilter, ImportedRates out, ImportMonitor monitor)
            throws IOException {
        this.walk = new OfferFileWalk(file, monitor);
        this.file = file;
        this.regionFilter = regionFilter;
        this.out = out;
    }

    static void read(PriceFile file, Set<String> regionFilter, ImportedRates out, ImportMonitor monitor) {
        try {
            new SavingsPlanOfferReader(file, regionFilter, out, monitor).run();
        } catch (IOException e) {
            throw JsonFiles.unreadable(file.name(), e);
        }
    }

    private void run() throws IOException {
        walk.read(this);
        if (ctx == null) {
            throw new PriceImportException(file.name(), "", "no \"products\" list; this is not a Savings Plans offer file");
        }
        if (malformed > 0) out.note(file.name() + ": skipped " + malformed + " rates with malformed rate codes");
        if (otherRegion > 0) {
            out.note(file.name() + ": skipped " + otherRegion + " rates for regions other than " + file.regionHint());
        }
        walk.done();
    }

    @Override
    public boolean productsRead() {
        return ctx != null;
    }

    @Override
    public String place() {
        return lastPlan == null ? null : "Savings Plan SKU " + lastPlan;
    }

    private void start() {
        String offerCode = walk.offerCode;
        if (offerCode != null && !offerCode.equals(OFFER_CODE)) {
            throw new PriceImportException(file.name(), "offerCode", "the file is for '" + offerCode
                    + "' but Savings Plans rates come from '" + OFFER_CODE + "'");
        }
        if (walk.version == null || walk.publicationDate == null) {
            throw new PriceImportException(file.name(), "header", "version and publicationDate must come before the products");
        }
        ctx = new OfferContext(out, file.name(), new OfferHeader(OFFER_CODE, walk.version, walk.publicationDate),
                file.regionHint(), regionFilter);
    }

    @Override
    public void products(JsonParser p) throws IOException {
        start();
        JsonFiles.expect(p, JsonToken.START_ARRAY, "a list of products", file.name());
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String sku = null;
            String family = "";
            String usageType = "";
            String term = "";
            String payment = "";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "sku" -> sku = JsonFiles.text(p, field, file.name());
                    case "productFamily" -> family = JsonFiles.text(p, field, file.name());
                    case "usageType" -> usageType = JsonFiles.text(p, field, file.name());
                    case "attributes" -> {
                        if (t != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            if (name.equals("purchaseTerm")) term = JsonFiles.text(p, name, file.name());
                            else if (name.equals("purchaseOption")) payment = JsonFiles.text(p, name, file.name());
                            else p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            SavingsPlanKey key = key(family, usageType, term, payment);
            if (sku != null && key != null) plans.put(sku, key);
            lastPlan = sku;
        }
        JsonFiles.expect(p, JsonToken.END_ARRAY, "the end of the products list", file.name());
        lastPlan = null;
    }

    /** The plan a product sells, or null for plans Costbench does not model. */
    private static SavingsPlanKey key(String family, String usageType, String term, String payment) {
        String f = family.replace(" ", "");
        SavingsPlanType type = f.equals("ComputeSavingsPlans") || usageType.contains("ComputeSP:") ? SavingsPlanType.COMPUTE
                : f.equals("EC2InstanceSavingsPlans") || usageType.contains("EC2SP:") ? SavingsPlanType.EC2_INSTANCE
                : null;
        Term length = switch (term) {
            case "1yr", "1 yr" -> Term.ONE_YEAR;
            case "3yr", "3 yr" -> Term.THREE_YEAR;
            default -> null;
        };
        Payment pay = Payment.fromKey(payment);
        return type == null || length == null || pay == null ? null : new SavingsPlanKey(type, length, pay);
    }

    @Override
    public void terms(JsonParser p) throws IOException {
        JsonFiles.expect(p, JsonToken.START_OBJECT, "an object of terms", file.name());
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            boolean savingsPlan = p.currentName().equals("savingsPlan");
            p.nextToken();
            if (!savingsPlan) { p.skipChildren(); continue; }
            JsonFiles.expect(p, JsonToken.START_ARRAY, "a list of Savings Plans terms", file.name());
            while (p.nextToken() == JsonToken.START_OBJECT) plan(p);
            JsonFiles.expect(p, JsonToken.END_ARRAY, "the end of the Savings Plans terms", file.name());
        }
        lastPlan = null;
    }

    /** One plan's term. Its sku may come after its rates, so rates are kept until the object ends. */
    private void plan(JsonParser p) throws IOException {
        String sku = null;
        List<SpRate> rates = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("sku")) {
                sku = JsonFiles.text(p, field, file.name());
                lastPlan = sku;
                if (!plans.containsKey(sku)) { skipRest(p); return; }
            } else if (field.equals("rates") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    SpRate r = rate(p);
                    if (r != null) rates.add(r);
                }
            } else {
                p.skipChildren();
            }
        }
        SavingsPlanKey key = sku == null ? null : plans.get(sku);
        if (key == null) return;
        for (SpRate r : rates) store(key, sku, r);
        walk.tick(p);
    }

    private static void skipRest(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            p.nextToken();
            p.skipChildren();
        }
    }

    private record SpRate(String rateCode, String serviceCode, String usage, String operation, String region,
                          String price, String currency, String line) {}

    /** One discounted rate as written, or null when Costbench does not price its usage under a plan. */
    private SpRate rate(JsonParser p) throws IOException {
        String line = JsonFiles.line(p).replaceFirst(", column \\d+", "");
        String rateCode = "";
        String service = "";
        String usage = "";
        String operation = "";
        String region = "";
        String price = null;
        String currency = "USD";
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            switch (field) {
                case "rateCode" -> rateCode = JsonFiles.text(p, field, file.name());
                case "discountedServiceCode" -> service = JsonFiles.text(p, field, file.name());
                case "discountedUsageType" -> usage = JsonFiles.text(p, field, file.name());
                case "discountedOperation" -> operation = JsonFiles.text(p, field, file.name());
                case "discountedRegionCode" -> region = JsonFiles.text(p, field, file.name());
                case "discountedRate" -> {
                    if (t != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("price")) price = JsonFiles.text(p, name, file.name());
                        else if (name.equals("currency")) currency = JsonFiles.text(p, name, file.name());
                        else p.skipChildren();
                    }
                }
                default -> p.skipChildren();
            }
        }
        // only the rates Costbench prices are kept until the plan's object ends
        if (DiscountedUsage.of(service, usage, operation) == null) return null;
        return new SpRate(rateCode, service, usage, operation, region, price, currency, line);
    }

    private void store(SavingsPlanKey key, String sku, SpRate r) {
        DiscountedUsage usage = DiscountedUsage.of(r.serviceCode(), r.usage(), r.operation());
        if (usage == null) return;
        if (!RATE_CODE.matcher(r.rateCode()).matches()) {
            malformed++;
            return;
        }
        String place = r.line() + ", Savings Plan SKU " + sku + ", rate code " + r.rateCode();
        String region = region(r, place);
        if (region == null || !ctx.wanted(region)) return;
        if (!r.currency().equals("USD")) {
            throw new PriceImportException(file.name(), place, "price is in " + r.currency() + ", not USD");
        }
        if (r.price() == null) throw new PriceImportException(file.name(), place, "the rate has no price");
        BigDecimal price = ctx.price(new PriceDimension(r.rateCode(), "", "", "", r.price()), r.line() + ", Savings Plan SKU " + sku);
        if (usage instanceof DiscountedUsage.InstanceHours h && !CatalogValues.isInstanceType(h.instanceType()))
            throw new PriceImportException(file.name(), place, "instance type " + CatalogValues.quoted(h.instanceType())
                    + " is not an instance type name like m5.large");
        var provenance = ctx.provenance(region, CatalogOffers.SAVINGS_PLANS);
        switch (usage) {
            case DiscountedUsage.InstanceHours h ->
                    ctx.out.ec2SavingsPlan(region, h.instanceType(), key, new Rate(price, "hour", provenance));
            case DiscountedUsage.ServiceUsage u ->
                    ctx.out.serviceSavingsPlan(region, u.service(), u.dimension(), key, new Rate(price, u.unit(), provenance));
        }
    }

    /** The rate's region; null (and counted) when it belongs to another region than the file's. */
    private String region(SpRate r, String place) {
        String region = AwsRegionNames.isRegionCode(r.region()) ? r.region()
                : AwsRegionNames.byUsageType(r.usage()).orElse(file.regionHint());
        if (region == null) {
            throw new PriceImportException(file.name(), place, "cannot tell the region of usage type '" + r.usage()
                    + "'; import the file through its region index or from a folder named after its region");
        }
        if (file.regionHint() != null && !region.equals(file.regionHint())) {
            otherRegion++;
            return null;
        }
        return region;
    }
}
