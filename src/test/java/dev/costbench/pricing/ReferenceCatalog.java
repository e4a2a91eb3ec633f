package dev.costbench.pricing;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.InstanceType;
import dev.costbench.model.purchase.Payment;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.model.purchase.ReservedKey;
import dev.costbench.catalog.ReservedRate;
import dev.costbench.model.purchase.SavingsPlanKey;
import dev.costbench.model.purchase.SavingsPlanType;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.catalog.SpotRate;
import dev.costbench.model.purchase.Term;
import dev.costbench.model.Architecture;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A small us-east-1 catalog built from AWS's published figures (karpenter's On-Demand table of 2026-07-20,
 * the m5.large Reserved Instance price list, the 2023-08 Spot snapshot, AWS's Fargate/Lambda/ELB/EKS/EBS unit
 * prices). Savings Plan rates have no published reference, so the two used here are marked estimated.
 */
public final class ReferenceCatalog {
    private ReferenceCatalog() {}

    public static final String REGION = "us-east-1";
    static final Provenance OD = new Provenance("od", "AWS On-Demand Linux (karpenter table)", "2026-07-20", Basis.PUBLISHED, null);
    static final Provenance RI = new Provenance("ri", "AWS Price List m5.large Reserved", "2021-02-05", Basis.PUBLISHED, null);
    static final Provenance SPOT = new Provenance("spot", "Spot snapshot us-east-1", "2023-08-30", Basis.PUBLISHED, null);
    static final Provenance SERVICE = new Provenance("svc", "AWS service unit prices", "2025-07-07", Basis.PUBLISHED, null);
    static final Provenance SP_ESTIMATE = new Provenance("sp-est", "test estimate", "2026-07-20", Basis.ESTIMATED,
            "Compute SP 1y no upfront at 72% of On-Demand");

    public static PriceCatalog build() { return builder().build(); }

    public static PriceCatalog.Builder builder() {
        PriceCatalog.Builder b = PriceCatalog.builder().version("test-1").asOf("2026-07-20").region(REGION);
        x86(b, "m5.large", "m5", "large", 2, "8", 29, "0.096");
        x86(b, "m5.xlarge", "m5", "xlarge", 4, "16", 58, "0.192");
        x86(b, "m5.2xlarge", "m5", "2xlarge", 8, "32", 58, "0.384");
        x86(b, "m5d.xlarge", "m5d", "xlarge", 4, "16", 58, "0.226");
        x86(b, "c5.xlarge", "c5", "xlarge", 4, "8", 58, "0.17");
        x86(b, "c5.2xlarge", "c5", "2xlarge", 8, "16", 58, "0.34");
        arm(b, "m6g.large", "m6g", "large", 2, "8", 29, "0.077");
        arm(b, "m7g.large", "m7g", "large", 2, "8", 29, "0.0816");
        arm(b, "m8g.large", "m8g", "large", 2, "8", 29, "0.08976");
        arm(b, "m9g.large", "m9g", "large", 2, "8", 59, "0.09784");
        arm(b, "m6g.xlarge", "m6g", "xlarge", 4, "16", 58, "0.154");
        arm(b, "m7g.xlarge", "m7g", "xlarge", 4, "16", 58, "0.1632");
        arm(b, "m8g.xlarge", "m8g", "xlarge", 4, "16", 58, "0.17952");
        arm(b, "m9g.xlarge", "m9g", "xlarge", 4, "16", 118, "0.19568");
        arm(b, "m6gd.xlarge", "m6gd", "xlarge", 4, "16", 58, "0.1808");
        arm(b, "m7gd.xlarge", "m7gd", "xlarge", 4, "16", 58, "0.2136");
        arm(b, "m8gd.xlarge", "m8gd", "xlarge", 4, "16", 58, "0.23064");
        arm(b, "c6g.xlarge", "c6g", "xlarge", 4, "8", 58, "0.136");
        arm(b, "c7g.xlarge", "c7g", "xlarge", 4, "8", 58, "0.145");
        arm(b, "c8g.xlarge", "c8g", "xlarge", 4, "8", 58, "0.15952");

        b.spot(REGION, "m5.large", new SpotRate(new BigDecimal("0.0537"), 0, "<5%", SPOT));
        b.spot(REGION, "m5.xlarge", new SpotRate(new BigDecimal("0.0792"), 1, "5-10%", SPOT));
        b.spot(REGION, "m6g.xlarge", new SpotRate(new BigDecimal("0.103"), 0, "<5%", SPOT));

        // every m5.large offer in the price list: upfront fee, hourly
        ri(b, "1y/convertible/all-upfront", "577", "0");
        ri(b, "1y/convertible/no-upfront", "0", "0.071");
        ri(b, "1y/convertible/partial-upfront", "294", "0.034");
        ri(b, "1y/standard/all-upfront", "494", "0");
        ri(b, "1y/standard/no-upfront", "0", "0.06");
        ri(b, "1y/standard/partial-upfront", "252", "0.029");
        ri(b, "3y/convertible/all-upfront", "1161", "0");
        ri(b, "3y/convertible/no-upfront", "0", "0.049");
        ri(b, "3y/convertible/partial-upfront", "592", "0.023");
        ri(b, "3y/standard/all-upfront", "949", "0");
        ri(b, "3y/standard/no-upfront", "0", "0.041");
        ri(b, "3y/standard/partial-upfront", "505", "0.019");

        // Compute Savings Plan, 1 year, every payment: estimated at 72% of On-Demand (no published reference)
        for (Payment p : Payment.values()) {
            SavingsPlanKey k = new SavingsPlanKey(SavingsPlanType.COMPUTE, Term.ONE_YEAR, p);
            b.ec2SavingsPlan(REGION, "m5.large", k, new Rate(new BigDecimal("0.06912"), "hour", SP_ESTIMATE));
            b.serviceSavingsPlan(REGION, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU, k,
                    new Rate(new BigDecimal("0.029146"), "vCPU-hour", SP_ESTIMATE));
            b.serviceSavingsPlan(REGION, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_GB, k,
                    new Rate(new BigDecimal("0.0032004"), "GB-hour", SP_ESTIMATE));
        }

        addServiceRates(b);
        return b;
    }

    private static void x86(PriceCatalog.Builder b, String name, String family, String size, int vcpu, String gib,
                            int maxPods, String od) {
        b.instanceType(new InstanceType(name, family, size, vcpu, new BigDecimal(gib), Set.of(Architecture.X86_64),
                "Intel", maxPods, true));
        b.onDemand(REGION, name, new Rate(new BigDecimal(od), "hour", OD));
    }

    private static void arm(PriceCatalog.Builder b, String name, String family, String size, int vcpu, String gib,
                            int maxPods, String od) {
        b.instanceType(new InstanceType(name, family, size, vcpu, new BigDecimal(gib), Set.of(Architecture.ARM64),
                "Graviton", maxPods, true));
        b.onDemand(REGION, name, new Rate(new BigDecimal(od), "hour", OD));
    }

    /** us-east-1 Fargate, Fargate Spot, Lambda, ELB, EKS and gp3 rates from the reference, shared by every test catalog. */
    public static PriceCatalog.Builder addServiceRates(PriceCatalog.Builder b) {
        service(b, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_VCPU, "0.04048");
        service(b, ServiceRates.FARGATE, ServiceRates.FARGATE_X86_GB, "0.004445");
        service(b, ServiceRates.FARGATE, ServiceRates.FARGATE_ARM_VCPU, "0.03238");
        service(b, ServiceRates.FARGATE, ServiceRates.FARGATE_ARM_GB, "0.00356");
        service(b, ServiceRates.FARGATE, ServiceRates.FARGATE_EPHEMERAL, "0.000111");
        service(b, ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_VCPU, "0.01458");
        service(b, ServiceRates.FARGATE_SPOT, ServiceRates.FARGATE_X86_GB, "0.0016");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_REQUESTS, "0.0000002");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER1, "0.0000166667");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER2, "0.000015");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_X86_TIER3, "0.0000133334");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_ARM_TIER1, "0.0000133334");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_ARM_TIER2, "0.0000120001");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_ARM_TIER3, "0.0000106667");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_EPHEMERAL, "0.0000000309");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_X86, "0.0000041667");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_DURATION_X86, "0.0000097222");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_ARM, "0.0000033333");
        service(b, ServiceRates.LAMBDA, ServiceRates.LAMBDA_PC_DURATION_ARM, "0.0000077778");
        service(b, ServiceRates.ELB, ServiceRates.ALB_HOUR, "0.0225");
        service(b, ServiceRates.ELB, ServiceRates.ALB_LCU_HOUR, "0.008");
        service(b, ServiceRates.ELB, ServiceRates.NLB_HOUR, "0.0225");
        service(b, ServiceRates.ELB, ServiceRates.NLB_NLCU_HOUR, "0.006");
        service(b, ServiceRates.EKS, ServiceRates.EKS_STANDARD, "0.10");
        service(b, ServiceRates.EKS, ServiceRates.EKS_EXTENDED, "0.60");
        service(b, ServiceRates.EBS, ServiceRates.EBS_GP3, "0.08");
        service(b, ServiceRates.EBS, ServiceRates.EBS_GP3_IOPS, "0.005");
        service(b, ServiceRates.EBS, ServiceRates.EBS_GP3_THROUGHPUT, "0.04");
        // https://aws.amazon.com/apprunner/pricing/, https://aws.amazon.com/ecr/pricing/, EC2 data transfer out
        service(b, ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_ACTIVE_VCPU, "0.064");
        service(b, ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_ACTIVE_GB, "0.007");
        service(b, ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_PROVISIONED_GB, "0.007");
        service(b, ServiceRates.APP_RUNNER, ServiceRates.APP_RUNNER_DEPLOYMENTS, "1");
        service(b, ServiceRates.ECR, ServiceRates.ECR_STORAGE, "0.10");
        service(b, ServiceRates.DATA_TRANSFER, ServiceRates.EGRESS_FIRST_10TB, "0.09");
        service(b, ServiceRates.DATA_TRANSFER, ServiceRates.EGRESS_NEXT_40TB, "0.085");
        service(b, ServiceRates.DATA_TRANSFER, ServiceRates.EGRESS_NEXT_100TB, "0.07");
        service(b, ServiceRates.DATA_TRANSFER, ServiceRates.INTER_REGION_OUT, "0.02");
        return b;
    }

    private static void ri(PriceCatalog.Builder b, String key, String upfront, String hourly) {
        b.reserved(REGION, "m5.large", ReservedKey.parse(key), new ReservedRate(new BigDecimal(upfront), new BigDecimal(hourly), RI));
    }

    private static void service(PriceCatalog.Builder b, String service, String dimension, String usd) {
        b.serviceRate(REGION, service, dimension, new Rate(new BigDecimal(usd), dimension, SERVICE));
    }
}
