package dev.costbench.pricing;

import java.math.BigDecimal;
import java.util.function.Consumer;

/** A price the catalog does not have, with what was looked up, so the gap can be traced and filled. */
public record MissingPrice(String region, String service, String lookup) {
    public String describe() { return service + " " + lookup + " in " + region; }

    /**
     * Tells {@code to} of this absent rate when the line it would price is used ({@code quantity} not 0) or
     * {@code needed} even at 0: a tier no usage reaches needs no rate, and no line stands at $0 in its place.
     * Whether it told them.
     */
    public boolean reportWhenUsed(BigDecimal quantity, boolean needed, Consumer<MissingPrice> to) {
        if (!needed && quantity.signum() == 0) return false;
        to.accept(this);
        return true;
    }
}
