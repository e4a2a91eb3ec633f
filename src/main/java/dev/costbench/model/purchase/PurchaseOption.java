package dev.costbench.model.purchase;


import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a block's capacity is bought. Keys are stable strings used in project files, the JSON report
 * and the workbook: {@code on-demand}, {@code spot}, {@code reserved/1y/standard/no-upfront},
 * {@code savings-plan/compute/3y/all-upfront}, …; inside the product an option is this type, and
 * {@link #index()} is its position in {@link #ALL}, so per-option figures live in arrays sized by the list.
 */
public sealed interface PurchaseOption {
    String key();

    String label();

    /** Position in {@link #ALL}, for array lookups. */
    int index();

    PurchaseFamily family();

    /** The commitment's term; empty for On-Demand and Spot. */
    default Optional<Term> term() { return Optional.empty(); }

    /** How the commitment is paid; empty for On-Demand and Spot. */
    default Optional<Payment> payment() { return Optional.empty(); }

    record OnDemand() implements PurchaseOption {
        public String key() { return PurchaseFamily.ON_DEMAND.key(); }
        public String label() { return PurchaseFamily.ON_DEMAND.label(); }
        @Override public int index() { return 0; }
        @Override public PurchaseFamily family() { return PurchaseFamily.ON_DEMAND; }
    }

    record Spot() implements PurchaseOption {
        public String key() { return PurchaseFamily.SPOT.key(); }
        public String label() { return PurchaseFamily.SPOT.label(); }
        @Override public int index() { return 1; }
        @Override public PurchaseFamily family() { return PurchaseFamily.SPOT; }
    }

    // key and label are built once per option (Catalogue), not on every call: the engine asks thousands of times per reprice
    record Reserved(ReservedKey offer) implements PurchaseOption {
        /** Twelve today: every term × offering class × payment. */
        public static final int COUNT = Term.values().length * OfferingClass.values().length * Payment.values().length;

        public String key() { return Catalogue.KEYS[index()]; }
        public String label() { return Catalogue.LABELS[index()]; }
        @Override public int index() { return Catalogue.FIRST_RESERVED + offset(); }
        @Override public PurchaseFamily family() { return PurchaseFamily.RESERVED; }
        @Override public Optional<Term> term() { return Optional.of(offer.term()); }
        @Override public Optional<Payment> payment() { return Optional.of(offer.payment()); }

        /** Position among the Reserved options, 0 to {@link #COUNT} − 1, for per-offer arrays. */
        public int offset() {
            return (offer.term().ordinal() * OfferingClass.values().length + offer.offeringClass().ordinal())
                    * Payment.values().length + offer.payment().ordinal();
        }

        static String keyOf(ReservedKey offer) { return PurchaseFamily.RESERVED.key() + "/" + offer.key(); }
        static String labelOf(ReservedKey offer) {
            return "RI " + offer.term().key() + " " + offer.offeringClass().key() + " " + offer.payment().awsName().toLowerCase();
        }
    }

    record SavingsPlan(SavingsPlanKey plan) implements PurchaseOption {
        /** Twelve today: every plan type × term × payment. */
        public static final int COUNT = SavingsPlanType.values().length * Term.values().length * Payment.values().length;

        public String key() { return Catalogue.KEYS[index()]; }
        public String label() { return Catalogue.LABELS[index()]; }
        @Override public int index() { return Catalogue.FIRST_SAVINGS_PLAN + offset(); }
        @Override public PurchaseFamily family() { return PurchaseFamily.SAVINGS_PLAN; }
        @Override public Optional<Term> term() { return Optional.of(plan.term()); }
        @Override public Optional<Payment> payment() { return Optional.of(plan.payment()); }

        /** Position among the Savings Plan options, 0 to {@link #COUNT} − 1, for per-plan arrays. */
        public int offset() {
            return (plan.type().ordinal() * Term.values().length + plan.term().ordinal()) * Payment.values().length
                    + plan.payment().ordinal();
        }

        static String keyOf(SavingsPlanKey plan) { return PurchaseFamily.SAVINGS_PLAN.key() + "/" + plan.key(); }
        static String labelOf(SavingsPlanKey plan) {
            return (plan.type() == SavingsPlanType.COMPUTE ? "Compute SP " : "EC2 Instance SP ") + plan.term().key() + " "
                    + plan.payment().awsName().toLowerCase();
        }
    }

    OnDemand ON_DEMAND = new OnDemand();
    Spot SPOT = new Spot();

    /** Every option in report order: On-Demand, Spot, the Reserved offers, the Savings Plans. */
    List<PurchaseOption> ALL = Catalogue.all();

    /** The keys a file or a command line may give, in words, for the message that refuses another one. */
    String KEYS_HELP = Catalogue.keysHelp();

    /** The option of {@code key}, or null when no option has it. */
    static PurchaseOption parse(String key) {
        if (key == null) return null;
        for (PurchaseOption o : ALL) if (o.key().equals(key)) return o;
        return null;
    }

    /** The option of {@code plan}. */
    static SavingsPlan of(SavingsPlanKey plan) { return (SavingsPlan) ALL.get(Catalogue.FIRST_SAVINGS_PLAN + new SavingsPlan(plan).offset()); }

    /** The option of {@code offer}. */
    static Reserved of(ReservedKey offer) { return (Reserved) ALL.get(Catalogue.FIRST_RESERVED + new Reserved(offer).offset()); }

    final class Catalogue {
        private Catalogue() {}

        static final int FIRST_RESERVED = 2;
        static final int FIRST_SAVINGS_PLAN = FIRST_RESERVED + Reserved.COUNT;
        private static final int SIZE = FIRST_SAVINGS_PLAN + SavingsPlan.COUNT;

        static final String[] KEYS = new String[SIZE];
        static final String[] LABELS = new String[SIZE];

        static List<PurchaseOption> all() {
            List<PurchaseOption> out = new ArrayList<>(SIZE);
            out.add(new OnDemand());
            out.add(new Spot());
            for (Term t : Term.values())
                for (OfferingClass c : OfferingClass.values())
                    for (Payment p : Payment.values()) out.add(new Reserved(new ReservedKey(t, c, p)));
            for (SavingsPlanType s : SavingsPlanType.values())
                for (Term t : Term.values())
                    for (Payment p : Payment.values()) out.add(new SavingsPlan(new SavingsPlanKey(s, t, p)));
            for (int i = 0; i < out.size(); i++) {
                PurchaseOption o = out.get(i);
                // the loops above and index() must agree, or every per-option array would be misread
                if (o.index() != i) throw new IllegalStateException(o + " is listed at " + i + " but indexes " + o.index());
                KEYS[i] = switch (o) {
                    case OnDemand d -> d.key();
                    case Spot s -> s.key();
                    case Reserved r -> Reserved.keyOf(r.offer());
                    case SavingsPlan p -> SavingsPlan.keyOf(p.plan());
                };
                LABELS[i] = switch (o) {
                    case OnDemand d -> d.label();
                    case Spot s -> s.label();
                    case Reserved r -> Reserved.labelOf(r.offer());
                    case SavingsPlan p -> SavingsPlan.labelOf(p.plan());
                };
            }
            return Collections.unmodifiableList(out);
        }

        static String keysHelp() {
            String terms = alternatives(Arrays.stream(Term.values()).map(Term::key));
            String payments = Arrays.stream(Payment.values()).map(Payment::key).collect(Collectors.joining(", "));
            return PurchaseFamily.ON_DEMAND.key() + ", " + PurchaseFamily.SPOT.key() + ", "
                    + PurchaseFamily.RESERVED.key() + "/<" + terms + ">/<" + alternatives(Arrays.stream(OfferingClass.values()).map(OfferingClass::key))
                    + ">/<payment> or " + PurchaseFamily.SAVINGS_PLAN.key() + "/<" + alternatives(Arrays.stream(SavingsPlanType.values()).map(SavingsPlanType::key))
                    + ">/<" + terms + ">/<payment>, payment being " + payments.replaceFirst(", ([^,]*)$", " or $1");
        }

        private static String alternatives(Stream<String> keys) { return keys.collect(Collectors.joining("|")); }
    }
}
