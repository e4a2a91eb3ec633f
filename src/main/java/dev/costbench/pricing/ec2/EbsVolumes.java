package dev.costbench.pricing.ec2;

import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.EbsVolume;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.EveryOptionLines;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.SizeText;
import dev.costbench.pricing.Wording;
import dev.costbench.pricing.component.Quantity;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;

/**
 * The one rule for the gp3 EBS volume every instance of an EC2-backed block carries (Auto Scaling groups, ECS
 * services on EC2, EKS managed node groups): GB × instances at the GB-month rate, IOPS above the 3,000 every gp3
 * volume includes × instances at the IOPS-month rate, throughput above the included 125 MB/s × instances at the
 * MB/s-month rate (https://aws.amazon.com/ebs/pricing/). No commitment discounts storage, so the lines are the
 * same under every purchase option. A volume of 0 GB is no volume.
 */
public final class EbsVolumes {
    private EbsVolumes() {}

    public static final int INCLUDED_IOPS = EbsVolume.INCLUDED_IOPS;
    public static final int INCLUDED_THROUGHPUT_MBPS = EbsVolume.INCLUDED_THROUGHPUT_MBPS;

    /**
     * The volume's lines for {@code instances}, as rules over the block's inputs (the workbook renders these), their
     * descriptions worded over the same inputs.
     */
    public static EveryOptionLines lines(EbsVolume v, Quantity instances, RateBook rates) {
        EveryOptionLines lines = new EveryOptionLines();
        if (v.gb() <= 0) return lines;
        String per = " instances";
        ServiceDimension gp3 = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3);
        if (gp3.rate() == null) lines.missing(gp3.missing());
        else {
            Quantity gb = Quantity.Input.number("ebsGbPerInstance", "gp3 EBS per instance", "GB", null, v.gb());
            Wording words = Wording.of("gp3 EBS ", gb, " GB × ", instances, per);
            lines.add(CostLine.monthly("ebs.gp3", words, Quantity.mul(gb, instances), "GB-months",
                    gp3.rateRef("EBS gp3 storage", "per GB-month"), gp3.rate().usd()));
        }
        if (v.extraIops() > 0) {
            ServiceDimension iops = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3_IOPS);
            if (iops.rate() == null) lines.missing(iops.missing());
            else {
                Quantity extra = Quantity.sub(Quantity.Input.number("ebsIops", "gp3 IOPS per volume", "IOPS",
                        INCLUDED_IOPS + " included", v.iops()), Quantity.Constant.of(INCLUDED_IOPS));
                Wording words = Wording.of("gp3 IOPS above " + INCLUDED_IOPS + ": ", extra, " × ", instances, per);
                lines.add(CostLine.monthly("ebs.gp3_iops", words, Quantity.mul(extra, instances), "IOPS-months",
                        iops.rateRef("EBS gp3 IOPS", "per IOPS-month"), iops.rate().usd()));
            }
        }
        if (v.extraThroughputMbps() > 0) {
            ServiceDimension tp = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3_THROUGHPUT);
            if (tp.rate() == null) lines.missing(tp.missing());
            else {
                Quantity extra = Quantity.sub(Quantity.Input.number("ebsThroughputMbps", "gp3 throughput per volume", "MB/s",
                        INCLUDED_THROUGHPUT_MBPS + " MB/s included", v.throughputMbps()), Quantity.Constant.of(INCLUDED_THROUGHPUT_MBPS));
                Wording words = Wording.of("gp3 throughput above " + INCLUDED_THROUGHPUT_MBPS + " MB/s: ", extra, " MB/s × ",
                        instances, per);
                lines.add(CostLine.monthly("ebs.gp3_throughput", words, Quantity.mul(extra, instances), "MB/s-months",
                        tp.rateRef("EBS gp3 throughput", "per MB/s-month"), tp.rate().usd()));
            }
        }
        return lines;
    }

    /** The same rule at a plain count (the min/max of a range). */
    public static EveryOptionLines lines(EbsVolume v, BigDecimal instances, RateBook rates) {
        EveryOptionLines lines = new EveryOptionLines();
        if (v.gb() <= 0) return lines;
        String per = " × " + SizeText.plain(instances) + " instances";
        ServiceDimension gp3 = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3);
        if (gp3.rate() == null) lines.missing(gp3.missing());
        else lines.add(CostLine.monthly("ebs.gp3", "gp3 EBS " + v.gb() + " GB" + per,
                Money.bounded(BigDecimal.valueOf(v.gb()).multiply(instances)), "GB-months", gp3.rate().usd(), gp3.rate().provenance()));
        if (v.extraIops() > 0) {
            ServiceDimension iops = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3_IOPS);
            if (iops.rate() == null) lines.missing(iops.missing());
            else lines.add(CostLine.monthly("ebs.gp3_iops", "gp3 IOPS above " + INCLUDED_IOPS + ": " + v.extraIops() + per,
                    Money.bounded(BigDecimal.valueOf(v.extraIops()).multiply(instances)), "IOPS-months", iops.rate().usd(),
                    iops.rate().provenance()));
        }
        if (v.extraThroughputMbps() > 0) {
            ServiceDimension tp = rates.service(ServiceRates.EBS, ServiceRates.EBS_GP3_THROUGHPUT);
            if (tp.rate() == null) lines.missing(tp.missing());
            else lines.add(CostLine.monthly("ebs.gp3_throughput", "gp3 throughput above " + INCLUDED_THROUGHPUT_MBPS
                            + " MB/s: " + v.extraThroughputMbps() + " MB/s" + per,
                    Money.bounded(BigDecimal.valueOf(v.extraThroughputMbps()).multiply(instances)), "MB/s-months",
                    tp.rate().usd(), tp.rate().provenance()));
        }
        return lines;
    }
}
