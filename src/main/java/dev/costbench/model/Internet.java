package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.Map;

/**
 * The internet as an end of connections: it costs nothing itself, but GB a block sends to it are billed as data
 * transfer out to the internet, and GB it sends in are free (https://aws.amazon.com/ec2/pricing/on-demand/#Data_Transfer).
 */
public record Internet(String id, String name, double x, double y, PurchaseOption purchaseOption,
                       Map<String, Object> extensions) implements Block {

    public Internet {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** A block with no fields beyond the ones this version knows. */
    public Internet(String id, String name, double x, double y, PurchaseOption purchaseOption) {
        this(id, name, x, y, purchaseOption, Map.of());
    }

    @Override public BlockKind kind() { return BlockKind.INTERNET; }
    @Override public Internet withId(String v) { return new Internet(v, name, x, y, purchaseOption, extensions); }
    @Override public Internet withName(String v) { return new Internet(id, v, x, y, purchaseOption, extensions); }
    @Override public Internet withPosition(double nx, double ny) { return new Internet(id, name, nx, ny, purchaseOption, extensions); }
    @Override public Internet withPurchaseOption(PurchaseOption v) { return new Internet(id, name, x, y, v, extensions); }
    @Override public Internet withExtensions(Map<String, Object> v) { return new Internet(id, name, x, y, purchaseOption, v); }
}
