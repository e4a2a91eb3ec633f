package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import dev.costbench.model.Internet;

import java.util.List;

/** The internet block has no fields of its own: its connections carry the GB that make egress priced. */
final class InternetSpec {
    private InternetSpec() {}

    static KindSpec spec() {
        return new KindSpec(BlockKind.INTERNET, List.of(), (id, type) -> new Internet(id, "Internet", 0, 0, null), "internet");
    }
}
