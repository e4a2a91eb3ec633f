package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An ECR private repository: GB stored a month, and GB a month pulled by the internet or by other regions; pulls by
 * compute in the repository's own region are free (https://aws.amazon.com/ecr/pricing/).
 */
public record EcrRepository(String id, String name, double x, double y, PurchaseOption purchaseOption,
                            BigDecimal storedGb, BigDecimal internetGbPerMonth, BigDecimal crossRegionGbPerMonth,
                            Map<String, Object> extensions) implements Block {

    public EcrRepository {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        storedGb = storedGb == null ? BigDecimal.ZERO : storedGb;
        internetGbPerMonth = internetGbPerMonth == null ? BigDecimal.ZERO : internetGbPerMonth;
        crossRegionGbPerMonth = crossRegionGbPerMonth == null ? BigDecimal.ZERO : crossRegionGbPerMonth;
    }

    /** A block with no fields beyond the ones this version knows. */
    public EcrRepository(String id, String name, double x, double y, PurchaseOption purchaseOption, BigDecimal storedGb,
                         BigDecimal internetGbPerMonth, BigDecimal crossRegionGbPerMonth) {
        this(id, name, x, y, purchaseOption, storedGb, internetGbPerMonth, crossRegionGbPerMonth, Map.of());
    }

    @Override public BlockKind kind() { return BlockKind.ECR_REPOSITORY; }
    @Override public EcrRepository withId(String v) { return new EcrRepository(v, name, x, y, purchaseOption, storedGb, internetGbPerMonth, crossRegionGbPerMonth, extensions); }
    @Override public EcrRepository withName(String v) { return new EcrRepository(id, v, x, y, purchaseOption, storedGb, internetGbPerMonth, crossRegionGbPerMonth, extensions); }
    @Override public EcrRepository withPosition(double nx, double ny) { return new EcrRepository(id, name, nx, ny, purchaseOption, storedGb, internetGbPerMonth, crossRegionGbPerMonth, extensions); }
    @Override public EcrRepository withPurchaseOption(PurchaseOption v) { return new EcrRepository(id, name, x, y, v, storedGb, internetGbPerMonth, crossRegionGbPerMonth, extensions); }
    public EcrRepository withStoredGb(BigDecimal v) { return new EcrRepository(id, name, x, y, purchaseOption, v, internetGbPerMonth, crossRegionGbPerMonth, extensions); }
    public EcrRepository withTransfer(BigDecimal internet, BigDecimal crossRegion) { return new EcrRepository(id, name, x, y, purchaseOption, storedGb, internet, crossRegion, extensions); }
    @Override public EcrRepository withExtensions(Map<String, Object> v) { return new EcrRepository(id, name, x, y, purchaseOption, storedGb, internetGbPerMonth, crossRegionGbPerMonth, v); }
}
