package dev.costbench.model.purchase;


import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a block's capacity is bought. Keys are stable strings used in project files, the JSON report
 * and the workbook: {@code on-demand}, {@code spot}, {@code reserved/1y/standard/no-upfront},
 * {@code savings-plan/compute/3y/all-upfront}, …
 */
public sealed interface PurchaseOption {
    String key();

    String label();

    record OnDemand() implements PurchaseOption {
        public String key() { return "on-demand"; }
        public String label() { return "On-Demand"; }
        @Override public int index() { return 0; }
    }

    record Spot() implements PurchaseOption {
        public String key() { return "spot"; }
        public String label() { return "Spot"; }
        @Override public int index() { return 1; }
    }

    // key and label are built once per option (Catalogue), not on every call: the engine asks thousands of times per reprice
    record Reserved(ReservedKey offer) implements PurchaseOption {
        public String key() { return Catalogue.KEYS[index()]; }
        public String label() { return Catalogue.LABELS[index()]; }
        @Override public int index() {
            return 2 + offer.term().ordinal() * 6 + offer.offeringClass().ordinal() * 3 + offer.payment().ordinal();
        }

        static String keyOf(ReservedKey offer) { return "reserved/" + offer.key(); }
        static String labelOf(ReservedKey offer) {
            return "RI " + offer.term().key() + " " + offer.offeringClass().key() + " " + offer.payment().awsName().toLowerCase();
        }
    }

    record SavingsPlan(SavingsPlanKey plan) implements PurchaseOption {
        public String key() { return Catalogue.KEYS[index()]; }
        public String label() { return Catalogue.LABELS[index()]; }
        @Override public int index() {
            return 14 + plan.type().ordinal() * 6 + plan.term().ordinal() * 3 + plan.payment().ordinal();
        }

        static String keyOf(SavingsPlanKey plan) { return "savings-plan/" + plan.key(); }
        static String labelOf(SavingsPlanKey plan) {
            return (plan.type() == SavingsPlanType.COMPUTE ? "Compute SP " : "EC2 Instance SP ") + plan.term().key() + " "
                    + plan.payment().awsName().toLowerCase();
        }
    }

    OnDemand ON_DEMAND = new OnDemand();
    Spot SPOT = new Spot();

    /** All 26 options in report order: On-Demand, Spot, 12 Reserved, 12 Savings Plans. */
    List<PurchaseOption> ALL = Catalogue.all();

    static PurchaseOption parse(String key) {
        if (key == null) return null;
        for (PurchaseOption o : ALL) if (o.key().equals(key)) return o;
        return null;
    }

    /** Position in {@link #ALL} (0 On-Demand, 1 Spot, 2–13 Reserved, 14–25 Savings Plans), for array lookups. */
    int index();

    /** The option family a finance reviewer groups by: on-demand, spot, reserved, savings-plan. */
    default String family() {
        return switch (this) {
            case OnDemand o -> "on-demand";
            case Spot s -> "spot";
            case Reserved r -> "reserved";
            case SavingsPlan p -> "savings-plan";
        };
    }

    final class Catalogue {
        private Catalogue() {}

        static final String[] KEYS = new String[26];
        static final String[] LABELS = new String[26];

        static {
            KEYS[0] = "on-demand";
            LABELS[0] = "On-Demand";
            KEYS[1] = "spot";
            LABELS[1] = "Spot";
            for (Term t : Term.values())
                for (OfferingClass c : OfferingClass.values())
                    for (Payment p : Payment.values()) {
                        int i = 2 + t.ordinal() * 6 + c.ordinal() * 3 + p.ordinal();
                        ReservedKey k = new ReservedKey(t, c, p);
                        KEYS[i] = Reserved.keyOf(k);
                        LABELS[i] = Reserved.labelOf(k);
                    }
            for (SavingsPlanType s : SavingsPlanType.values())
                for (Term t : Term.values())
                    for (Payment p : Payment.values()) {
                        int i = 14 + s.ordinal() * 6 + t.ordinal() * 3 + p.ordinal();
                        SavingsPlanKey k = new SavingsPlanKey(s, t, p);
                        KEYS[i] = SavingsPlan.keyOf(k);
                        LABELS[i] = SavingsPlan.labelOf(k);
                    }
        }

        static List<PurchaseOption> all() {
            List<PurchaseOption> out = new ArrayList<>();
            out.add(new OnDemand());
            out.add(new Spot());
            for (Term t : Term.values())
                for (OfferingClass c : OfferingClass.values())
                    for (Payment p : Payment.values()) out.add(new Reserved(new ReservedKey(t, c, p)));
            for (SavingsPlanType s : SavingsPlanType.values())
                for (Term t : Term.values())
                    for (Payment p : Payment.values()) out.add(new SavingsPlan(new SavingsPlanKey(s, t, p)));
            return Collections.unmodifiableList(out);
        }
    }
}
