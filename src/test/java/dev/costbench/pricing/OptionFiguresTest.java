package dev.costbench.pricing;

import dev.costbench.catalog.Basis;
import dev.costbench.model.BlockKind;
import dev.costbench.model.purchase.PurchaseOption;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Property: a block's options kept compact give back every option equal to the one priced (each figure at its own
 * scale, whatever its size: cents, more than ten places, 30 digits, negative), and the totals read from the compact
 * figures are the totals of the options themselves, to the scale.
 */
class OptionFiguresTest {
    @Test
    void compactOptionsAreTheOptionsPricedSumTheSameAndGiveTheChosenFigures() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            OptionMap<OptionCost> priced = randomOptions(random);
            OptionMap<OptionCost> compact = compact(priced);
            for (int i = 0; i < priced.size(); i++) {
                OptionCost was = priced.at(i), kept = compact.at(i);
                assertEquals(was, kept, "seed " + seed + ", option " + i);
                if (was.isPriced() && was.monthlyEffective() == was.monthlyRecurring())
                    assertSame(kept.monthlyRecurring(), kept.monthlyEffective(), "seed " + seed + ": no upfront part, one figure");
            }
            ScenarioTotals plain = new ScenarioTotals(), fromFigures = new ScenarioTotals();
            // the compact map is read before its options are made, as the engine's totals read it
            fromFigures.add(block(compact(priced)));
            plain.add(block(priced));
            assertEquals(plain.build(), fromFigures.build(), "seed " + seed);
            assertEquals(plain.chosenMonthly(), fromFigures.chosenMonthly(), "seed " + seed);
            assertEquals(plain.chosenUpfront(), fromFigures.chosenUpfront(), "seed " + seed);
            assertChosenFigures(priced, compact, seed);
        }
    }

    /** Each option as a block's chosen one: its figures read from the compact figures are the option's own. */
    private static void assertChosenFigures(OptionMap<OptionCost> priced, OptionMap<OptionCost> compact, long seed) {
        for (PurchaseOption o : PurchaseOption.ALL) {
            BlockCost plain = block(priced, o), kept = block(compact, o);
            OptionCost c = priced.get(o);
            BigDecimal expected = c.isPriced() ? c.monthlyEffective() : null;
            // the same BigDecimal, scale and all, with or without the compact figures
            assertEquals(expected, kept.chosenMonthly(), "seed " + seed + ", " + o.key());
            assertEquals(expected, plain.chosenMonthly(), "seed " + seed + ", " + o.key());
            assertEquals(c.isPriced(), kept.chosenPriced(), "seed " + seed + ", " + o.key());
            assertEquals(c.isPriced() ? c.upfront() : null, kept.chosenUpfront(), "seed " + seed + ", upfront, " + o.key());
        }
    }

    /** {@code priced} kept compact, as the engine keeps it, its lines priced again from {@code priced} itself. */
    private static OptionMap<OptionCost> compact(OptionMap<OptionCost> priced) {
        return OptionFigures.of(priced, new LaterLines.Source(() -> new PricedBlock("", priced, List.of())));
    }

    private static BlockCost block(OptionMap<OptionCost> options, PurchaseOption chosen) {
        return new BlockCost("b", "b", BlockKind.values()[0], "", options, chosen,
                GravitonTwin.unavailable("none"), null, List.of(), List.of());
    }

    private static BlockCost block(OptionMap<OptionCost> options) {
        return new BlockCost("b", "b", BlockKind.values()[0], "", options, PurchaseOption.ON_DEMAND,
                GravitonTwin.unavailable("none"), null, List.of(), List.of());
    }

    /** Every option priced (with or without an upfront part), not applicable or missing, at random. */
    private static OptionMap<OptionCost> randomOptions(Random random) {
        return OptionMap.of(o -> switch (random.nextInt(6)) {
            case 0 -> OptionCost.notApplicable(o, "not for this kind");
            case 1 -> OptionCost.missing(o, List.of(new MissingPrice("us-east-1", "EC2", "m5.large")));
            case 2, 3 -> {
                BigDecimal recurring = ExactSumTest.figure(random);
                yield new OptionCost(o, OptionCost.Status.PRICED, BigDecimal.ZERO, recurring, recurring,
                        random.nextBoolean() ? Basis.PUBLISHED : Basis.ESTIMATED, List.of(), reason(random), List.of(), awaiting(random));
            }
            default -> new OptionCost(o, OptionCost.Status.PRICED, ExactSumTest.figure(random), ExactSumTest.figure(random),
                    ExactSumTest.figure(random), Basis.PUBLISHED, List.of(), reason(random), List.of(), awaiting(random));
        });
    }

    /** Now and then the reason a priced option has no charge of its own (the Internet block's), kept with the figures. */
    private static String reason(Random random) {
        return random.nextInt(5) == 0 ? "no charge of its own: its senders pay" : null;
    }

    /** Now and then a tier line awaiting a rate the catalog lacks, which the workbook writes: kept with the figures. */
    private static List<UnpricedLine> awaiting(Random random) {
        if (random.nextInt(5) != 0) return List.of();
        return List.of(new UnpricedLine("egress-tier-4", "Data transfer out beyond 150 TB",
                new dev.costbench.pricing.component.Quantity.Constant(BigDecimal.ZERO), "GB", Charge.MONTHLY,
                new MissingPrice("us-east-1", "Transfer", "internet egress over 150 TB")));
    }
}
