package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.model.Block;
import dev.costbench.model.Scenario;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Prices blocks against {@link ReferenceCatalog} and compares money to the cent. */
final class Pricing {
    private Pricing() {}

    static final PriceCatalog CATALOG = ReferenceCatalog.build();
    static final PricingEngine ENGINE = new PricingEngine(CATALOG);

    static CostReport report(PurchaseOption scenarioOption, boolean freeTier, Block... blocks) {
        return ENGINE.price(new Scenario("test", ReferenceCatalog.REGION, List.of(blocks), List.of(), scenarioOption, freeTier));
    }

    static BlockCost one(Block block) { return report(PurchaseOption.ON_DEMAND, false, block).blocks().get(0); }

    static OptionCost option(BlockCost b, PurchaseOption key) {
        OptionCost c = b.option(key);
        assertNotNull(c, key.key());
        return c;
    }

    /** Asserts the option is priced with this monthly effective figure, to the cent. */
    static void assertMonthly(String expected, OptionCost cost) {
        assertTrue(cost.isPriced(), () -> cost.option().key() + " is " + cost.status() + ": " + cost.reason());
        assertCents(expected, cost.monthlyEffective());
    }

    static void assertCents(String expected, BigDecimal actual) {
        assertNotNull(actual);
        assertEquals(new BigDecimal(expected).setScale(2), Money.cents(actual), () -> "was " + actual.toPlainString());
    }

    static void assertExactly(String expected, BigDecimal actual) {
        assertNotNull(actual);
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " was " + actual.toPlainString());
    }

    static CostLine line(OptionCost cost, String component) {
        return cost.lines().stream().filter(l -> l.component().equals(component)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + component + " line in " + cost.lines()));
    }
}
