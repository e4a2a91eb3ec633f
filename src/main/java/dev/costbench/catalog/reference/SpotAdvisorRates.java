package dev.costbench.catalog.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costbench.catalog.Derivation;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.RateId;
import dev.costbench.catalog.SpotRate;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Spot rates from AWS's Spot Advisor data: savings against On-Demand and the interruption bucket per type.
 * Spot prices float; the advisor's savings figure is the stable part, so the rate is an estimate.
 */
final class SpotAdvisorRates {
    static final String FILE = "spot-advisor-data_2025-06-28.json";

    private final JsonNode advisor;
    private final JsonNode ranges;
    private final List<String> leftOut = new ArrayList<>();

    SpotAdvisorRates(Path referenceDir) throws IOException {
        JsonNode root;
        try (InputStream in = SourceFiles.open(referenceDir, FILE)) {
            root = new ObjectMapper().readTree(in);
        }
        this.advisor = root.path("spot_advisor");
        this.ranges = root.path("ranges");
    }

    /**
     * The rule as a formula: the type's On-Demand rate × (1 − savings %), exact; the per-type factor is the Spot
     * rate ÷ On-Demand (the advisor's savings are whole percents, so it is a short exact decimal).
     */
    static final Derivation SPOT_FORMULA = new Derivation("On-Demand × (1 − Spot Advisor savings)", Map.of(
            Derivation.ALL, Derivation.Formula.of(Derivation.Round.EXACT, new Derivation.Part("onDemand:{region}:{key}", null, null))));

    /** Adds a Spot rate for every Linux type the advisor covers in the region that has an On-Demand price there. */
    int addTo(PriceCatalog.Builder b, String region, Map<String, BigDecimal> onDemand, SourceTable sources) {
        JsonNode linux = advisor.path(region).path("Linux");
        if (linux.isMissingNode()) return 0;
        Provenance p = sources.estimated("ec2-spot-advisor-2025-06-28",
                "AWS Spot Advisor data (Linux savings against On-Demand and interruption frequency) as embedded on "
                        + "2025-06-28 (spotinfo), with the region's On-Demand prices in this catalog", "2025-06-28",
                "On-Demand × (1 − Spot Advisor savings %)", SPOT_FORMULA);
        int added = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = linux.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            BigDecimal od = onDemand.get(e.getKey());
            if (od == null) continue;
            int savings = e.getValue().path("s").asInt(-1);
            int bucket = e.getValue().path("r").asInt(-1);
            if (savings < 0 || savings > 100) { // the advisor's figure is against an older On-Demand price; no estimate
                leftOut.add(region + " " + e.getKey() + " " + savings + "%");
                continue;
            }
            // the rule's per-type factor, 1 − savings, is the one figure the formula does not keep
            BigDecimal factor = BigDecimal.valueOf(100 - savings).movePointLeft(2);
            BigDecimal hourly = ByRule.figure(p, RateId.spot(region, e.getKey()), factor, ByRule.onDemand(region, onDemand));
            b.spot(region, e.getKey(), new SpotRate(hourly, bucket, label(bucket), p));
            added++;
        }
        return added;
    }

    /** Advisor entries with a savings figure outside 0–100%, which give no Spot estimate. */
    List<String> leftOut() { return leftOut; }

    private String label(int bucket) {
        for (JsonNode r : ranges) if (r.path("index").asInt() == bucket) return r.path("label").asText();
        return "unknown";
    }
}
