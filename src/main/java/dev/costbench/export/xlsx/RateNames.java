package dev.costbench.export.xlsx;

import dev.costbench.model.purchase.Payment;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.pricing.Charge;
import dev.costbench.pricing.CostLine;
import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a cost line's unit price traces to a published rate. Most lines use the published figure as is. A
 * Savings Plan line uses a share of the plan's published hourly rate: the recurring part (all of it with
 * no upfront, half with partial upfront) or the prepaid part for the whole term (× term hours per unit of
 * capacity, × term months per unit of monthly usage). The Sources sheet lists the published rate and the
 * line's unit price is that row × the multiplier, so 876 prepaid per instance reads as $0.10 × 8,760.
 */
final class RateNames {
    /** The published rate a line uses and what its unit price is in multiples of it. */
    record Traced(String service, String rate, String unit, BigDecimal published, BigDecimal multiplier) {}

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** "(after 1M free)" in a description: the free tier is a quantity, not part of the rate's name. */
    private static final Pattern FREE_TIER_NOTE = Pattern.compile(" \\(after [^)]*\\)");

    private RateNames() {}

    static Traced trace(CostLine line, PurchaseOption option) {
        String service = service(line);
        if (option instanceof PurchaseOption.SavingsPlan sp && line.component().startsWith("sp.")) {
            BigDecimal m = planMultiplier(line, sp.plan());
            if (m.signum() != 0)
                return new Traced(service, planRateName(line.description(), sp), "per " + usageUnit(line),
                        line.unitPrice().divide(m, dev.costbench.pricing.Money.PRECISION).stripTrailingZeros(), m);
        }
        return new Traced(service, rateName(line), rateUnit(line), line.unitPrice(), BigDecimal.ONE);
    }

    private static BigDecimal planMultiplier(CostLine line, SavingsPlanKey plan) {
        BigDecimal share = plan.payment() == Payment.PARTIAL_UPFRONT ? HALF : BigDecimal.ONE;
        if (line.charge() != Charge.UPFRONT) return plan.payment() == Payment.ALL_UPFRONT ? BigDecimal.ZERO : share;
        BigDecimal term = BigDecimal.valueOf(isUsage(line.component()) ? plan.term().months() : plan.term().hours());
        return share.multiply(term);
    }

    /**
     * Lines on usage counted per month (Batch instance-hours, Fargate vCPU-hours, Lambda GB-seconds) prepay per
     * unit × term months; lines on capacity running all month (instances, vCPU, GB) per unit × term hours.
     */
    private static boolean isUsage(String component) {
        return component.startsWith("sp.usage") || component.startsWith("sp.lambda.") || component.contains("-hours");
    }

    private static String usageUnit(CostLine line) {
        String u = singular(line.unit());
        return isUsage(line.component()) ? u : u + "-hour";
    }

    static String service(CostLine line) {
        String c = line.component().startsWith("sp.") ? line.component().substring(3) : line.component();
        if (c.startsWith("ri.")) return "ec2";
        if (c.startsWith("hourly") || c.startsWith("upfront") || c.startsWith("usage")) return "ec2";
        int dot = c.indexOf('.');
        return dot < 0 ? c : c.substring(0, dot);
    }

    private static String rateName(CostLine line) {
        String d = line.description() == null ? line.component() : line.description();
        return switch (line.component()) {
            case LineCodes.EBS_GP3 -> "EBS gp3 storage";
            case LineCodes.EKS_CLUSTER -> d.contains("extended") ? "EKS cluster (extended support)" : "EKS cluster (standard support)";
            case "lambda.requests" -> "Lambda requests";
            case "lambda.provisioned" -> "Lambda provisioned concurrency";
            case "lambda.ephemeral" -> "Lambda ephemeral storage above 512 MB";
            case "elb.capacity-units" -> (line.unit() + " hour").replace("NLCU hour", "NLB NLCU-hour").replace("LCU hour", "ALB LCU-hour");
            default -> FREE_TIER_NOTE.matcher(d).replaceAll("");
        };
    }

    private static String rateUnit(CostLine line) {
        String u = singular(line.unit());
        return switch (line.charge()) {
            case HOURLY -> "per " + u + "-hour";
            case MONTHLY -> "per " + u;
            case UPFRONT -> "per " + u + ", once per term";
        };
    }

    /**
     * The plan's rate, whichever part of it the line pays: "Fargate vCPU under the Savings Plan" and "Fargate
     * vCPU: Savings Plan commitment for the term, upfront" both use "Fargate vCPU, Compute SP 1y partial upfront".
     */
    private static String planRateName(String description, PurchaseOption.SavingsPlan plan) {
        String d = description == null ? "" : description;
        int colon = d.indexOf(": ");
        if (colon >= 0) d = d.substring(0, colon);
        d = FREE_TIER_NOTE.matcher(d.replace(" under the Savings Plan", "")).replaceAll("");
        return d.contains(plan.label()) ? d : d + ", " + plan.label();
    }

    static String singular(String unit) {
        if (unit == null || unit.isBlank()) return "unit";
        String u = unit.trim();
        boolean plural = u.endsWith("s") && !u.endsWith("ss") && u.length() > 2 && Character.isLowerCase(u.charAt(u.length() - 2));
        return plural ? u.substring(0, u.length() - 1) : u;
    }
}
