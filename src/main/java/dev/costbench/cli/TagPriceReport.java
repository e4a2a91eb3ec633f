package dev.costbench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costbench.export.TagTotals;
import dev.costbench.export.csv.CsvWriter;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.pricing.BlockCost;
import dev.costbench.pricing.GroupTotal;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.OptionMap;
import dev.costbench.pricing.OptionTotal;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code costbench price --by-tag KEY}: each scenario's cost per value of one tag key ({@link TagTotals}, the grouping the
 * workbook's By tag sheet caches), as a table (chosen options, their upfront, and all On-Demand), JSON or CSV (every
 * purchase option). A total with a block lacking a price says so, never a low figure.
 */
final class TagPriceReport {
    static final List<String> CSV_COLUMNS = List.of("scenario", "region", "currency", "tag_key", "tag_value", "untagged",
            "blocks", "option", "monthly_effective", "upfront", "missing_blocks");

    private TagPriceReport() {}

    static String table(String designName, List<TagTotals> all, List<String> regions) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            TagTotals t = all.get(i);
            if (i > 0) out.append('\n');
            out.append(designName).append(" — ").append(t.scenario()).append(" · ").append(regions.get(i))
                    .append(" · by tag ").append(t.key()).append(" (monthly, ").append(Money.CURRENCY).append(")\n\n");
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{t.key(), "Blocks", "Chosen", "Upfront", "On-Demand"});
            List<BlockCost> every = new ArrayList<>();
            for (TagTotals.Group g : t.groups()) {
                rows.add(row(g.label(), g.blocks().size(), g.totals()));
                every.addAll(g.blocks());
            }
            // the groups add up to the scenario: the same rule totals both
            rows.add(row("Total", every.size(), GroupTotal.of(every)));
            table(out, rows);
        }
        if (all.stream().allMatch(t -> t.groups().stream().allMatch(TagTotals.Group::untagged)))
            out.append("\nNo block has the tag ").append(all.getFirst().key()).append(".\n");
        return out.toString();
    }

    private static String[] row(String label, int blocks, GroupTotal totals) {
        OptionTotal chosen = totals.chosen();
        return new String[]{label, String.valueOf(blocks), chosen.text(),
                chosen.upfront().signum() == 0 ? "—" : Money.format(chosen.upfront()),
                totals.options().get(PurchaseOption.ON_DEMAND).text()};
    }

    static String json(List<TagTotals> all, List<String> regions) {
        JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
        ObjectNode root = nodes.objectNode();
        root.put("currency", Money.CURRENCY);
        root.put("tagKey", all.getFirst().key());
        ArrayNode scenarios = root.putArray("scenarios");
        for (int i = 0; i < all.size(); i++) {
            ObjectNode s = scenarios.addObject().put("scenario", all.get(i).scenario()).put("region", regions.get(i));
            ArrayNode groups = s.putArray("groups");
            for (TagTotals.Group g : all.get(i).groups()) {
                ObjectNode o = groups.addObject();
                if (g.untagged()) o.putNull("value");
                else o.put("value", g.value());
                o.put("label", g.label());
                ArrayNode ids = o.putArray("blocks");
                for (BlockCost b : g.blocks()) ids.add(b.blockId());
                JsonPriceReport.total(o.putObject("chosen"), g.totals().chosen());
                ObjectNode options = o.putObject("options");
                for (OptionMap.Entry<OptionTotal> e : g.totals().options()) JsonPriceReport.total(options.putObject(e.option().key()), e.value());
            }
        }
        try {
            return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the by-tag report as JSON", e);
        }
    }

    /** One row per scenario, tag value and option ("chosen" first, then every purchase option's key). */
    static String csv(List<TagTotals> all, List<String> regions) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out, "\n", CsvWriter.Quoting.WHEN_NEEDED);
        csv.header(CSV_COLUMNS);
        for (int i = 0; i < all.size(); i++) {
            TagTotals t = all.get(i);
            for (TagTotals.Group g : t.groups()) {
                row(csv, t, regions.get(i), g, "chosen", g.totals().chosen());
                for (OptionMap.Entry<OptionTotal> e : g.totals().options()) row(csv, t, regions.get(i), g, e.option().key(), e.value());
            }
        }
        return out.toString();
    }

    private static void row(CsvWriter csv, TagTotals t, String region, TagTotals.Group g, String option, OptionTotal total) {
        // an incomplete total leaves its amounts empty and counts what is missing: never a low figure
        csv.text(t.scenario()).text(region).value(Money.CURRENCY).text(t.key()).text(g.untagged() ? "" : g.value())
                .value(String.valueOf(g.untagged())).value(String.valueOf(g.blocks().size())).value(option)
                .value(total.complete() ? cents(total.monthlyEffective()) : "")
                .value(total.complete() ? cents(total.upfront()) : "")
                .value(String.valueOf(total.missingBlocks())).endRow();
    }

    private static String cents(BigDecimal v) { return Money.cents(v).toPlainString(); }

    private static void table(StringBuilder out, List<String[]> rows) {
        int[] width = new int[rows.getFirst().length];
        for (String[] r : rows) for (int c = 0; c < r.length; c++) width[c] = Math.max(width[c], r[c].length());
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                String cell = r[c];
                // the first column (the tag value) reads left to right; figures line up on the right
                line.append(c == 0 ? cell + " ".repeat(width[c] - cell.length()) : " ".repeat(width[c] - cell.length()) + cell);
                if (c < r.length - 1) line.append("  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
