package dev.costbench.export.xlsx;

import dev.costbench.pricing.asg.MixedInstancesSplit;
import dev.costbench.pricing.component.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The same rules the engine evaluates, written as the formulas a reviewer reads on Assumptions and Line items. */
class FormulaTextTest {
    private static final FormulaText.Names NAMES = new FormulaText.Names() {
        @Override
        public String of(String block, String field) { return (block == null ? "s1_web" : "s1_" + block) + "_" + field; }

        @Override
        public java.util.List<String> earlier(String field) { return java.util.List.of("s1_a_" + field, "s1_b_" + field); }

        @Override
        public String isOn(String setting) { return "s1_" + setting + "=\"yes\""; }
    };

    @Test
    void theMixedInstancesRuleBecomesOneFormulaOverTheGroupsInputs() {
        MixedInstancesSplit.Rules r = MixedInstancesSplit.rules(7, 1, 50, null);
        assertEquals("MIN(s1_web_desired,s1_web_onDemandBase+ROUNDUP(ROUND(s1_web_onDemandPercentAboveBase*MAX(s1_web_desired-s1_web_onDemandBase,0),9),0))",
                FormulaText.of(r.onDemand().formula(), NAMES));
        // a line refers to the named figure, not to its formula
        assertEquals("s1_web_desired-s1_web_od_instances", FormulaText.of(r.spot().formula(), NAMES));
        assertEquals("s1_web_spot_instances", FormulaText.of(r.spot(), NAMES));
    }

    @Test
    void operandsKeepTheirOrderOfOperationsAndTiersTheirBounds() {
        Quantity a = Quantity.Constant.of(10), b = Quantity.Constant.of(4), c = Quantity.Constant.of(2);
        // 10 − (4 − 2) = 8, not 10 − 4 − 2; (10 + 4) × 2 = 28; 10 ÷ (4 × 2)
        assertEquals("10-(4-2)", FormulaText.of(Quantity.sub(a, Quantity.sub(b, c)), NAMES));
        assertEquals("(10+4)*2", FormulaText.of(Quantity.mul(Quantity.add(a, b), c), NAMES));
        assertEquals("10/(4*2)", FormulaText.of(Quantity.div(a, Quantity.mul(b, c)), NAMES));
        Quantity gb = Quantity.Input.number("billable_gb_seconds", "Billable", "GB-s", null, 1);
        assertEquals("MIN(MAX(s1_web_billable_gb_seconds-6000000000,0),9000000000)", FormulaText.of(
                new Quantity.Band(gb, new BigDecimal("6000000000"), new BigDecimal("15000000000")), NAMES));
        assertEquals("MAX(s1_web_billable_gb_seconds-15000000000,0)",
                FormulaText.of(new Quantity.Band(gb, new BigDecimal("15000000000"), null), NAMES));
        // another block's figure by that block's name, a setting by the scenario's
        Quantity.Named left = Quantity.Named.of("fn1", "free_requests", "Free requests used", "requests", null, b);
        assertEquals("IF(s1_lambda_free_tier=\"yes\",s1_fn1_free_requests,0)", FormulaText.of(
                new Quantity.If(Quantity.LAMBDA_FREE_TIER, true, left, Quantity.Constant.of(0)), NAMES));
    }

    @Test
    void wholeSharesBranchesAndTheFirstBlockOfAGroupBecomeFormulas() {
        Quantity ten = Quantity.Constant.of(10), four = Quantity.Constant.of(4);
        // floor(10 ÷ 4) = 2, rounded to 9 places first so that binary noise does not lose a whole task
        assertEquals("ROUNDDOWN(ROUND(10/4,9),0)", FormulaText.of(Quantity.floor(Quantity.div(ten, four)), NAMES));
        assertEquals(0, new BigDecimal("2").compareTo(Quantity.floor(Quantity.div(ten, four)).value()));
        // 10 mod 4 = 10 − 4 × floor(10 ÷ 4) = 2
        assertEquals(0, new BigDecimal("2").compareTo(Quantity.mod(ten, four).value()));
        assertEquals("IF(10>4,1,0)", FormulaText.of(new Quantity.IfAbove(ten, four, Quantity.Constant.of(1),
                Quantity.Constant.of(0)), NAMES));
        // the cluster fee: 0 when a node group listed earlier names the same cluster, compared case by case
        Quantity.FirstOf fee = new Quantity.FirstOf(new Quantity.Text("cluster", "Cluster", null, "prod"), false);
        assertEquals("IF(OR(EXACT(s1_web_cluster,s1_a_cluster),EXACT(s1_web_cluster,s1_b_cluster)),0,1)",
                FormulaText.of(fee, NAMES));
        assertEquals(0, fee.value().signum());
    }
}
