package dev.costbench.export.xlsx;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.OptionCost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The cached result of each formula, worked out from the engine's figures with the workbook's own rules (the
 * inputs at their exported values: exchange rate 1, Spot overhead 0 %), so a reader that does not recalculate
 * sees what Excel or LibreOffice would compute. A value is a {@link BigDecimal} or the text a formula shows
 * ("n/a", "missing", "2 missing"). Nothing here prices anything: every figure is the engine's, only summed,
 * picked or compared as the formula beside it does.
 */
final class Cached {
    private Cached() {}

    /** Whether {@code v} is a number (Excel's ISNUMBER). */
    static boolean isNumber(Object v) { return v instanceof BigDecimal; }

    static BigDecimal number(Object v) { return (BigDecimal) v; }

    /** The Purchase options money cell of option {@code o} of the variant: a figure, or "n/a"/"missing". */
    static Object money(BlockPlan b, Variant v, PurchaseOption o, Column col) {
        OptionCost c = b.options(v).get(o);
        // a block with no charge of its own has no lines, and its Purchase options cells are 0: so is their cache
        if (c != null && c.isPriced() && (b.hasLines(v) || c.noChargeOfItsOwn())) return switch (col) {
            case UPFRONT -> c.upfront();
            case RECURRING -> c.monthlyRecurring();
            case EFFECTIVE -> c.monthlyEffective();
        };
        return OptionStatus.moneyText(c);
    }

    enum Column { UPFRONT, RECURRING, EFFECTIVE }

    /** "In scenario total" of option {@code o}: its own figure, or the On-Demand figure when it does not apply. */
    static Object inTotal(BlockPlan b, Variant v, PurchaseOption o) {
        OptionCost c = b.options(v).get(o);
        if (c != null && c.isPriced() && (b.hasLines(v) || c.noChargeOfItsOwn())) return c.monthlyEffective();
        if (c != null && c.status() == OptionCost.Status.NOT_APPLICABLE && o.index() != 0)
            return money(b, v, PurchaseOption.ALL.getFirst(), Column.EFFECTIVE);
        return OptionStatus.moneyText(c);
    }

    /** The option the block is bought as: its chosen option, or On-Demand when that does not apply. */
    static PurchaseOption bought(BlockPlan b) {
        PurchaseOption chosen = b.cost.chosenOption();
        return OptionStatus.NOT_APPLICABLE.equals(OptionStatus.of(b.options(Variant.DESIGN).get(chosen)))
                ? PurchaseOption.ON_DEMAND : chosen;
    }

    /** The cheapest priced option among Purchase options rows {@code from..to} of the block; else "missing" or "n/a". */
    static Object best(BlockPlan b, int from, int to) {
        PurchaseOption cheapest = cheapest(b, from, to);
        if (cheapest != null) return money(b, Variant.DESIGN, cheapest, Column.EFFECTIVE);
        for (int i = from; i <= to; i++)
            if (OptionStatus.MISSING.equals(OptionStatus.of(b.options(Variant.DESIGN).get(PurchaseOption.ALL.get(i))))) return OptionStatus.MISSING;
        return OptionStatus.NA_TEXT;
    }

    /** Whether the block's figure under {@code o} (as designed) is built on an estimated rate; false when unpriced. */
    static boolean estimated(BlockPlan b, PurchaseOption o) {
        if (o == null) return false;
        OptionCost c = b.options(Variant.DESIGN).get(o);
        return c != null && c.isPriced() && c.basis() == dev.costbench.catalog.Basis.ESTIMATED;
    }

    /** The option whose figure {@link #best} picks among rows {@code from..to}; null when none is priced. */
    static PurchaseOption cheapest(BlockPlan b, int from, int to) {
        PurchaseOption best = null;
        BigDecimal min = null;
        for (int i = from; i <= to; i++) {
            PurchaseOption o = PurchaseOption.ALL.get(i);
            Object v = money(b, Variant.DESIGN, o, Column.EFFECTIVE);
            if (isNumber(v) && (min == null || number(v).compareTo(min) < 0)) {
                min = number(v);
                best = o;
            }
        }
        return best;
    }

    /** {@code IF(AND(ISNUMBER(a),ISNUMBER(b)),a-b,"n/a")}. */
    static Object difference(Object a, Object b) {
        return isNumber(a) && isNumber(b) ? number(a).subtract(number(b)) : OptionStatus.NA_TEXT;
    }

    /** {@code IF(ISNUMBER(v),v*12,v)}. */
    static Object annual(Object monthly) { return isNumber(monthly) ? number(monthly).multiply(BigDecimal.valueOf(12)) : monthly; }

    /** The sum of the numbers among {@code values} (Excel's SUM skips text). */
    static BigDecimal sum(List<Object> values) {
        BigDecimal s = BigDecimal.ZERO;
        for (Object v : values) if (isNumber(v)) s = s.add(number(v));
        return s;
    }

    static int count(List<Object> values, String text) {
        int n = 0;
        for (Object v : values) if (v instanceof String t && t.equalsIgnoreCase(text)) n++;
        return n;
    }

    /** What {@link SummarySheet#unlessMissing} shows for a column of {@code values} whose sum is {@code sum}. */
    static Object unlessMissing(List<Object> values, BigDecimal sum) {
        return unlessMissing(count(values, OptionStatus.MISSING), sum);
    }

    /** The same with {@code n} blocks lacking a price. */
    static Object unlessMissing(int n, BigDecimal sum) {
        if (n == 0) return sum;
        return sum.signum() == 0 ? n + " missing" : dollars(sum) + " + " + n + " missing";
    }

    /** Excel's {@code TEXT(x,"$#,##0.00")}: to the cent, halves away from zero. */
    static String dollars(BigDecimal x) {
        DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(x);
    }
}
