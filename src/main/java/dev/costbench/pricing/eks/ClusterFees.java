package dev.costbench.pricing.eks;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Block;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The EKS control-plane fee ($0.10 an hour on standard support, $0.60 on extended) is charged once per
 * cluster, however many node groups and Fargate profiles it has. It is paid by the first block of each distinct
 * {@code cluster} in file order, under every purchase option; that block's support tier sets the rate. Every node
 * group carries the line, at 1 cluster on the payer and 0 on the others, so that a node group moved to another
 * cluster (its {@code cluster} edited in the workbook) takes or gives up the fee as the engine would.
 */
public final class ClusterFees {

    private final Map<String, EksNodeGroup> payer = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private ClusterFees() {}

    public static ClusterFees of(List<Block> blocks) {
        ClusterFees fees = new ClusterFees();
        Map<String, EksNodeGroup> first = new LinkedHashMap<>();
        for (Block b : blocks) {
            if (!(b instanceof EksNodeGroup g)) continue;
            EksNodeGroup owner = first.putIfAbsent(clusterName(g), g);
            if (owner == null) fees.payer.put(g.id(), g);
            else if (owner.clusterSupport() != g.clusterSupport())
                fees.warnings.add("EKS cluster " + clusterName(g) + ": " + g.name() + " says "
                        + g.clusterSupport().fileName() + " support but " + owner.name() + " says "
                        + owner.clusterSupport().fileName() + "; the fee follows " + owner.name());
        }
        return fees;
    }

    public List<String> warnings() { return warnings; }

    /** Whether {@code group} is the block that carries its cluster's fee. */
    public boolean pays(EksNodeGroup group) { return payer.get(group.id()) == group; }

    /** The cluster fee line of {@code group}: 1 cluster if it is its cluster's first block, else 0. */
    public EveryOptionLines linesFor(EksNodeGroup group, RateBook rates) {
        EveryOptionLines lines = new EveryOptionLines();
        boolean pays = pays(group);
        boolean extended = group.clusterSupport() == EksNodeGroup.ClusterSupport.EXTENDED;
        ServiceDimension fee = rates.service(ServiceRates.EKS, extended ? ServiceRates.EKS_EXTENDED : ServiceRates.EKS_STANDARD);
        // a block that does not pay the fee needs no rate for it
        if (fee.rate() == null) return pays ? lines.missing(fee.missing()) : lines;
        String support = group.clusterSupport().fileName() + " support";
        Quantity.Text cluster = new Quantity.Text("cluster", "Cluster", "the first node group of a cluster pays its fee",
                clusterName(group));
        // named, so the workbook compares the cluster with the earlier node groups' once, not on every option's line
        Quantity.Named share = Quantity.Named.of("cluster_fee", "Cluster fees paid", "clusters",
                "1 on the first node group of its cluster in the scenario, else 0", new Quantity.FirstOf(cluster, pays));
        return lines.add(CostLine.hourly("eks.cluster", "EKS cluster " + clusterName(group) + " (" + support + ")"
                        + (pays ? "" : ", paid by its first node group"), share,
                "clusters", fee.rateRef("EKS cluster (" + support + ")", "per cluster-hour"), fee.rate().usd(), fee.perMonth()));
    }

    /** Node groups without a cluster name share one unnamed cluster. */
    static String clusterName(EksNodeGroup g) {
        return g.cluster() == null || g.cluster().isBlank() ? "(unnamed)" : g.cluster();
    }
}
