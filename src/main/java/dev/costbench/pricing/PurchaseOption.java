package dev.costbench.pricing;

import dev.costbench.catalog.OfferingClass;
import dev.costbench.catalog.Payment;
import dev.costbench.catalog.ReservedKey;
import dev.costbench.catalog.SavingsPlanKey;
import dev.costbench.catalog.SavingsPlanType;
import dev.costbench.catalog.Term;

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
    }

    record Spot() implements PurchaseOption {
        public String key() { return "spot"; }
        public String label() { return "Spot"; }
    }

    record Reserved(ReservedKey offer) implements PurchaseOption {
        public String key() { return "reserved/" + offer.key(); }
        public String label() {
            return "RI " + offer.term().key() + " " + offer.offeringClass().key() + " " + offer.payment().awsName().toLowerCase();
        }
    }

    record SavingsPlan(SavingsPlanKey plan) implements PurchaseOption {
        public String key() { return "savings-plan/" + plan.key(); }
        public String label() {
            return (plan.type() == SavingsPlanType.COMPUTE ? "Compute SP " : "EC2 Instance SP ") + plan.term().key() + " "
                    + plan.payment().awsName().toLowerCase();
        }
    }

    OnDemand ON_DEMAND = new OnDemand();
    Spot SPOT = new Spot();

    /** All 26 options in report order: On-Demand, Spot, 12 Reserved, 12 Savings Plans. */
    List<PurchaseOption> ALL = Catalogue.all();

    static PurchaseOption parse(String key) {
        for (PurchaseOption o : ALL) if (o.key().equals(key)) return o;
        return null;
    }

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
