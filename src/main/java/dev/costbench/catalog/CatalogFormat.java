package dev.costbench.catalog;

import dev.costbench.model.purchase.Term;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.SavingsPlanKey;

import java.util.ArrayList;
import java.util.List;

/** File names, field names and fixed orders of the catalog folder format (docs/pricing-data.md). */
final class CatalogFormat {
    private CatalogFormat() {}

    /**
     * 2: an estimated source may carry its rule as a formula ("estimate", {@link Derivation}); format 1 files read
     * unchanged (their estimates are figures with a rule in words).
     */
    static final int VERSION = 2;

    static final String CATALOG_FILE = "catalog.json";
    static final String INSTANCE_TYPES_FILE = "instance-types.json";
    static final String REGIONS_FOLDER = "regions";

    /** Columns of a row in instance-types.json; family and size may follow when the name does not give them. */
    static final List<String> INSTANCE_COLUMNS =
            List.of("vcpu", "memoryGib", "architectures", "processorFamily", "maxPods", "currentGeneration");

    /** Positions of the twelve Reserved Instance offers in a reserved row: term, then class, then payment. */
    static final List<ReservedKey> RESERVED_ORDER = reservedOrder();

    /** Positions of the twelve Savings Plan offers in an EC2 savings-plan row: plan type, then term, then payment. */
    static final List<SavingsPlanKey> SAVINGS_PLAN_ORDER = savingsPlanOrder();

    static String regionFile(String region) { return REGIONS_FOLDER + "/" + region + ".json"; }

    private static List<ReservedKey> reservedOrder() {
        List<ReservedKey> keys = new ArrayList<>();
        for (Term t : Term.values())
            for (OfferingClass c : OfferingClass.values())
                for (Payment p : Payment.values()) keys.add(new ReservedKey(t, c, p));
        return List.copyOf(keys);
    }

    private static List<SavingsPlanKey> savingsPlanOrder() {
        List<SavingsPlanKey> keys = new ArrayList<>();
        for (SavingsPlanType s : SavingsPlanType.values())
            for (Term t : Term.values())
                for (Payment p : Payment.values()) keys.add(new SavingsPlanKey(s, t, p));
        return List.copyOf(keys);
    }
}
