package dev.costbench.model.purchase;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The option list is what every per-option array, column range and key lookup is derived from. */
class PurchaseOptionTest {

    @Test
    void everyKeyParsesBackToItsOption() {
        Set<String> keys = new HashSet<>(), labels = new HashSet<>();
        for (PurchaseOption o : PurchaseOption.ALL) {
            assertEquals(o, PurchaseOption.parse(o.key()), o.key());
            assertTrue(keys.add(o.key()), "two options share the key " + o.key());
            assertTrue(labels.add(o.label()), "two options share the label " + o.label());
            assertTrue(o.key().startsWith(o.family().key()), o.key());
        }
        // On-Demand, Spot, 2 terms × 2 classes × 3 payments Reserved, 2 types × 2 terms × 3 payments Savings Plans
        assertEquals(1 + 1 + 12 + 12, PurchaseOption.ALL.size());
    }

    @Test
    void anOptionsIndexIsItsPlaceInTheList() {
        for (int i = 0; i < PurchaseOption.ALL.size(); i++) assertEquals(i, PurchaseOption.ALL.get(i).index());
        assertEquals(0, PurchaseOption.ON_DEMAND.index());
        assertEquals(1, PurchaseOption.SPOT.index());
    }

    @Test
    void keysSpellTheOfferAsAwsNamesIt() {
        ReservedKey ri = new ReservedKey(Term.THREE_YEAR, OfferingClass.CONVERTIBLE, Payment.PARTIAL_UPFRONT);
        SavingsPlanKey sp = new SavingsPlanKey(SavingsPlanType.EC2_INSTANCE, Term.ONE_YEAR, Payment.ALL_UPFRONT);
        assertEquals("reserved/3y/convertible/partial-upfront", PurchaseOption.of(ri).key());
        assertEquals("RI 3y convertible partial upfront", PurchaseOption.of(ri).label());
        assertEquals("savings-plan/ec2-instance/1y/all-upfront", PurchaseOption.of(sp).key());
        assertEquals("EC2 Instance SP 1y all upfront", PurchaseOption.of(sp).label());
        assertSame(PurchaseOption.parse("reserved/3y/convertible/partial-upfront"), PurchaseOption.of(ri));
    }

    @Test
    void unknownKeysAreNoOption() {
        for (String key : List.of("", "On-Demand", "reserved", "reserved/1yr/standard/no-upfront", "savings-plan/compute/5y/no-upfront",
                "reserved/1y/standard/no-upfront/", " spot"))
            assertNull(PurchaseOption.parse(key), key);
        assertNull(PurchaseOption.parse(null));
    }

    @Test
    void theFamilyTermAndPaymentAreAskedOfTheOptionNotOfItsKey() {
        PurchaseOption ri = PurchaseOption.parse("reserved/1y/standard/all-upfront");
        assertEquals(PurchaseFamily.RESERVED, ri.family());
        assertEquals(Term.ONE_YEAR, ri.term().orElseThrow());
        assertEquals(Payment.ALL_UPFRONT, ri.payment().orElseThrow());
        assertEquals(PurchaseFamily.SAVINGS_PLAN, PurchaseOption.parse("savings-plan/compute/3y/no-upfront").family());
        assertTrue(PurchaseOption.SPOT.term().isEmpty());
        assertTrue(PurchaseOption.ON_DEMAND.payment().isEmpty());
        assertTrue(ri.family().isCommitment() && !PurchaseOption.SPOT.family().isCommitment());
    }

    @Test
    void eachFamilysOptionsAreListedTogetherSoARangeOfRowsHoldsThemAll() {
        for (PurchaseFamily f : PurchaseFamily.values()) {
            int first = f.firstIndex(), last = f.lastIndex();
            for (int i = 0; i < PurchaseOption.ALL.size(); i++)
                assertEquals(i >= first && i <= last, PurchaseOption.ALL.get(i).family() == f, f + " at " + i);
        }
        // Reserved are positions 2–13, Savings Plans 14–25
        assertEquals(2, PurchaseFamily.RESERVED.firstIndex());
        assertEquals(13, PurchaseFamily.RESERVED.lastIndex());
        assertEquals(14, PurchaseFamily.SAVINGS_PLAN.firstIndex());
        assertEquals(25, PurchaseFamily.SAVINGS_PLAN.lastIndex());
    }

    @Test
    void offsetsNumberTheOffersOfAFamilyFromZero() {
        for (PurchaseOption o : PurchaseOption.ALL) {
            switch (o) {
                case PurchaseOption.Reserved r -> assertEquals(o.index() - PurchaseFamily.RESERVED.firstIndex(), r.offset());
                case PurchaseOption.SavingsPlan p -> assertEquals(o.index() - PurchaseFamily.SAVINGS_PLAN.firstIndex(), p.offset());
                default -> { }
            }
        }
        assertEquals(PurchaseFamily.RESERVED.lastIndex() - PurchaseFamily.RESERVED.firstIndex() + 1, PurchaseOption.Reserved.COUNT);
        assertEquals(PurchaseFamily.SAVINGS_PLAN.lastIndex() - PurchaseFamily.SAVINGS_PLAN.firstIndex() + 1,
                PurchaseOption.SavingsPlan.COUNT);
    }
}
