package dev.costbench.pricing.component;

import dev.costbench.pricing.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one place a {@link Quantity} becomes a number: exact BigDecimal, quotients to {@link Money#SCALE} places. */
public final class QuantityEvaluator {
    private QuantityEvaluator() {}

    public static BigDecimal evaluate(Quantity q) {
        return switch (q) {
            case Quantity.Input i -> i.value();
            case Quantity.Constant c -> c.value();
            case Quantity.Named n -> n.value();
            case Quantity.Add a -> evaluate(a.left()).add(evaluate(a.right()));
            case Quantity.Sub s -> evaluate(s.left()).subtract(evaluate(s.right()));
            case Quantity.Mul m -> evaluate(m.left()).multiply(evaluate(m.right()));
            case Quantity.Div d -> Money.bounded(Money.divide(evaluate(d.left()), evaluate(d.right())));
            case Quantity.Ceil c -> evaluate(c.of()).setScale(0, RoundingMode.CEILING);
            case Quantity.Floor f -> evaluate(f.of()).setScale(0, RoundingMode.FLOOR);
            case Quantity.IfAbove i -> evaluate(evaluate(i.left()).compareTo(evaluate(i.right())) > 0 ? i.then() : i.otherwise());
            case Quantity.FirstOf f -> f.first() ? BigDecimal.ONE : BigDecimal.ZERO;
            case Quantity.Max m -> evaluate(m.left()).max(evaluate(m.right()));
            case Quantity.Min m -> evaluate(m.left()).min(evaluate(m.right()));
            case Quantity.If i -> evaluate(i.on() ? i.then() : i.otherwise());
            case Quantity.Band b -> {
                BigDecimal above = evaluate(b.of()).subtract(b.lower()).max(BigDecimal.ZERO);
                yield b.upper() == null ? above : above.min(b.upper().subtract(b.lower()));
            }
        };
    }
}
