package dev.costbench.export.xlsx;

import dev.costbench.catalog.Payment;
import dev.costbench.catalog.SavingsPlanKey;
import dev.costbench.pricing.Charge;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.PurchaseOption;

import java.math.BigDecimal;

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

    private RateNames() {}

    static Traced trace(CostLine line, PurchaseOption option) {
        String service = service(line);
        if (option instanceof PurchaseOption.SavingsPlan sp && line.component().startsWith("sp.")) {
            BigDecimal m = planMultiplier(line, sp.plan());
            if (m.signum() != 0)
                return new Traced(service, stripPart(line.description()), "per " + usageUnit(line),
                        line.unitPrice().divide(m, dev.costbench.pricing.Money.PRECISION).stripTrailingZeros(), m);
        }
        return new Traced(service, rateName(line), rateUnit(line), line.unitPrice(), BigDecimal.ONE);
    }

    private static BigDecimal planMultiplier(CostLine line, SavingsPlanKey plan) {
        BigDecimal share = plan.payment() == Payment.PARTIAL_UPFRONT ? HALF : BigDecimal.ONE;
        if (line.charge() != Charge.UPFRONT) return plan.payment() == Payment.ALL_UPFRONT ? BigDecimal.ZERO : share;
        BigDecimal term = BigDecimal.valueOf(isUsage(line.unit()) ? plan.term().months() : plan.term().hours());
        return share.multiply(term);
    }

    /** Usage is counted per month (instance-hours, GB-seconds); capacity runs every hour (instances, vCPU). */
    private static boolean isUsage(String unit) {
        return unit != null && (unit.endsWith("-hours") || unit.endsWith("-seconds") || unit.equals("requests"));
    }

    private static String usageUnit(CostLine line) {
        String u = singular(line.unit());
        return isUsage(line.unit()) ? u : u + "-hour";
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
            default -> d.replaceAll(" \\(after [^)]*\\)", "");
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

    /** "Fargate vCPU Compute SP 1y partial upfront: hourly commitment" → the plan's rate without the part. */
    private static String stripPart(String description) {
        int colon = description == null ? -1 : description.lastIndexOf(": ");
        String d = colon < 0 ? String.valueOf(description) : description.substring(0, colon);
        return d.replaceAll(" \\(after [^)]*\\)", "");
    }

    static String singular(String unit) {
        if (unit == null || unit.isBlank()) return "unit";
        String u = unit.trim();
        boolean plural = u.endsWith("s") && !u.endsWith("ss") && u.length() > 2 && Character.isLowerCase(u.charAt(u.length() - 2));
        return plural ? u.substring(0, u.length() - 1) : u;
    }
}
