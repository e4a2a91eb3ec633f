package dev.costbench.catalog.reference;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.OfferingClass;
import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.model.purchase.Term;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The builder works each estimate out by evaluating its rule's formula: the figures here are worked by hand. */
class ByRuleTest {
    private static Provenance source(Derivation d) {
        return new Provenance("test", "test", "2026-07-20", Basis.ESTIMATED, "rule", d);
    }

    @Test
    void spotIsOnDemandTimesTheFactorTheRuleDoesNotKeep() {
        Provenance p = source(SpotAdvisorRates.SPOT_FORMULA);
        // 0.192 × (1 − 0.66) = 0.192 × 0.34 = 0.06528, exact
        BigDecimal spot = ByRule.figure(p, RateId.spot("us-east-1", "m5.xlarge"), new BigDecimal("0.34"),
                ByRule.onDemand("us-east-1", Map.of("m5.xlarge", new BigDecimal("0.192"))));
        assertEquals("0.06528", spot.toPlainString());
        // without the factor the rule cannot be worked out
        assertThrows(IllegalStateException.class, () -> ByRule.figure(p, RateId.spot("us-east-1", "m5.xlarge"),
                ByRule.onDemand("us-east-1", Map.of("m5.xlarge", new BigDecimal("0.192")))));
    }

    @Test
    void aPartialUpfrontOfferIsEachFigureByItsFormulaAndAFigureWithoutOneIsZero() {
        // upfront: No Upfront hourly × 300 ÷ 0.06, to the cent; hourly: × 0.02 ÷ 0.06, to 6 digits; All Upfront: upfront only
        String base = "reserved:{region}:{key}:1y/standard/no-upfront:hourly";
        Derivation d = new Derivation("scaled", Map.of(
                "1y/standard/partial-upfront:upfront", Derivation.Formula.of(Derivation.Round.CENTS,
                        new Derivation.Part(base, new BigDecimal("300"), new BigDecimal("0.06"))),
                "1y/standard/partial-upfront:hourly", Derivation.Formula.of(Derivation.Round.SIX_DIGITS,
                        new Derivation.Part(base, new BigDecimal("0.02"), new BigDecimal("0.06"))),
                "1y/standard/all-upfront:upfront", Derivation.Formula.of(Derivation.Round.CENTS,
                        new Derivation.Part(base, new BigDecimal("500"), new BigDecimal("0.06")))));
        ReservedKey nu = new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.NO_UPFRONT);
        ByRule.Bases bases = ByRule.only(RateId.reserved("eu-west-1", "c5.large", nu, false), new BigDecimal("0.07"));
        ReservedRate partial = ByRule.reserved(source(d), "eu-west-1", "c5.large",
                new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.PARTIAL_UPFRONT), bases);
        // 0.07 × 300 ÷ 0.06 = 350.00; 0.07 × 0.02 ÷ 0.06 = 0.0233333… → 0.0233333
        assertEquals("350", partial.upfront().toPlainString());
        assertEquals("0.0233333", partial.hourly().toPlainString());
        ReservedRate all = ByRule.reserved(source(d), "eu-west-1", "c5.large",
                new ReservedKey(Term.ONE_YEAR, OfferingClass.STANDARD, Payment.ALL_UPFRONT), bases);
        // 0.07 × 500 ÷ 0.06 = 583.3333… → 583.33; the rule has no hourly for All Upfront: zero
        assertEquals("583.33", all.upfront().toPlainString());
        assertEquals(0, all.hourly().signum());
    }

    @Test
    void aBaseRateNotAtHandIsAnErrorNotAZero() {
        Derivation level = new Derivation("level", Map.of(Derivation.ALL, Derivation.Formula.of(Derivation.Round.SIX_DIGITS,
                new Derivation.Part("service:us-east-1:{key}", new BigDecimal("1.115"), null))));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ByRule.figure(source(level),
                RateId.service("eu-west-1", "fargate", "linux_x86_vcpu_hour"), ByRule.services("us-east-1", Map.of())));
        assertTrue(e.getMessage().contains("not in the catalog"), e.getMessage());
        // 0.04048 × 1.115 = 0.0451352, six significant digits already
        assertEquals("0.0451352", ByRule.figure(source(level), RateId.service("eu-west-1", "fargate", "linux_x86_vcpu_hour"),
                ByRule.services("us-east-1", Map.of("fargate/linux_x86_vcpu_hour", new BigDecimal("0.04048")))).toPlainString());
    }
}
