package dev.costbench.pricing;

import dev.costbench.model.purchase.PurchaseOption;

import java.util.List;
import java.util.function.Function;

/**
 * What a block-kind pricer hands back: the block's size in the users' words, its cost under each
 * purchase option (in {@link PurchaseOption#ALL} order) and warnings about the design. {@code keySizeWords}, when
 * not null, is the size as words over the block's inputs (the workbook's key size follows an edited input).
 */
public record PricedBlock(String keySize, OptionMap<OptionCost> options, List<String> warnings, Wording keySizeWords) {

    public PricedBlock {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public PricedBlock(String keySize, OptionMap<OptionCost> options, List<String> warnings) {
        this(keySize, options, warnings, null);
    }

    /** A block whose size reads {@code size}. */
    public static PricedBlock sized(Wording size, OptionMap<OptionCost> options, List<String> warnings) {
        return new PricedBlock(size.text(), options, warnings, size);
    }

    /** Prices every option with {@code pricer}, keyed and ordered as the report expects. */
    public static OptionMap<OptionCost> eachOption(Function<PurchaseOption, OptionCost> pricer) { return OptionMap.of(pricer); }

    /** A block that cannot be priced as designed (e.g. a task larger than its instance): every option says why. */
    public static PricedBlock unpriceable(String keySize, String reason, List<String> warnings) {
        return new PricedBlock(keySize, eachOption(o -> OptionCost.notApplicable(o, reason)), warnings);
    }

    /** A block whose every option lacks the same price (e.g. the instance type's specs). */
    public static PricedBlock missing(String keySize, MissingPrice price, List<String> warnings) {
        List<MissingPrice> one = List.of(price);
        return new PricedBlock(keySize, eachOption(o -> OptionCost.missing(o, one)), warnings);
    }
}
