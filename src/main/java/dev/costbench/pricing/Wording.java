package dev.costbench.pricing;

import dev.costbench.pricing.component.Quantity;

import java.math.BigDecimal;
import java.util.List;

/**
 * Words with figures of the block's inputs in them ("gp3 EBS 80 GB × 2 instances"), each figure kept as the
 * {@link Quantity} it reads. The engine shows {@link #text()}; the workbook writes the same words as a formula over
 * the same inputs, so a reviewer who edits an input there reads words that follow it instead of stale ones.
 */
public record Wording(List<Part> parts) {

    public Wording {
        parts = List.copyOf(parts);
    }

    /** A piece of the words. */
    public sealed interface Part {}

    /** Words as they are. */
    public record Text(String text) implements Part {}

    /**
     * A figure: {@code exact} reads every digit (an input as typed: "16660", "0.125"); otherwise it reads as
     * {@link SizeText#plain}, at most two decimals ("80", "2.5").
     */
    public record Figure(Quantity quantity, boolean exact) implements Part {
        public String text() {
            BigDecimal v = quantity.value();
            // most figures are whole counts: their digits as they are, without stripping zeros (blocks are worded on
            // every reprice)
            if (v.scale() == 0) return v.toString();
            return exact ? v.stripTrailingZeros().toPlainString() : SizeText.plain(v);
        }
    }

    /**
     * The words of the first choice whose {@code size} is the largest of all, when that is above 0; {@code none}
     * when every size is 0 (a load balancer's capacity units are named by their largest dimension).
     */
    public record Largest(List<Choice> choices, String none) implements Part {
        public Largest {
            choices = List.copyOf(choices);
        }

        public String text() {
            Choice best = null;
            BigDecimal most = BigDecimal.ZERO;
            for (Choice c : choices) {
                BigDecimal v = c.size().value();
                if (v.compareTo(most) > 0) {
                    most = v;
                    best = c;
                }
            }
            return best == null ? none : best.words().text();
        }
    }

    /** A whole count read as {@link SizeText#count} does: "10M", "14.61K", "1,500", "950". */
    public record Count(Quantity count) implements Part {
        public String text() { return SizeText.count(count.value().longValueExact()); }
    }

    /** {@code words} when {@code figure} is above 0, nothing otherwise (" (2 on Spot)" only when some are). */
    public record WhenAbove0(Quantity figure, Wording words) implements Part {
        public String text() { return figure.value().signum() > 0 ? words.text() : ""; }
    }

    /** One of {@link Largest}'s choices. */
    public record Choice(Quantity size, Wording words) {}

    /** A whole count read as it is, every digit ("6"): {@code count} is an input that holds whole numbers. */
    public static Figure whole(Quantity count) { return new Figure(count, true); }

    /**
     * Words of {@code parts}: each a String (words), a {@link Quantity} (a figure read plainly), a {@link Part} or
     * a Wording (its parts).
     */
    public static Wording of(Object... parts) {
        int size = 0;
        for (Object p : parts) size += p instanceof Wording w ? w.parts().size() : 1;
        Part[] out = new Part[size];
        int n = 0;
        for (Object p : parts) {
            if ("".equals(p)) continue;
            if (p instanceof Wording w) {
                for (Part part : w.parts()) out[n++] = part;
                continue;
            }
            out[n++] = switch (p) {
                case String s -> new Text(s);
                case Quantity q -> new Figure(q, false);
                case Part part -> part;
                default -> throw new IllegalArgumentException("not words or a figure: " + p);
            };
        }
        // an immutable list, which the record keeps without copying again (blocks are worded on every reprice)
        return new Wording(List.of(n == out.length ? out : java.util.Arrays.copyOf(out, n)));
    }

    /**
     * The same words as text alone, for words some of which would not follow an edited input (a load profile's
     * range): a key size that follows the inputs in part would read as wrong as one that does not.
     */
    public Wording asText() { return of(text()); }

    /** Whether the words read any figure (words without one are the same text whatever the inputs). */
    public boolean hasFigures() {
        for (Part p : parts) if (!(p instanceof Text)) return true;
        return false;
    }

    /** The words as the engine shows them, each figure at its value. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Part p : parts)
            b.append(switch (p) {
                case Text t -> t.text();
                case Figure f -> f.text();
                case Largest l -> l.text();
                case WhenAbove0 w -> w.text();
                case Count c -> c.text();
            });
        return b.toString();
    }
}
