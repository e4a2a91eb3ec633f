package dev.costbench.pricing.fargate;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.catalog.ServiceRates;
import dev.costbench.model.Architecture;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.Money;
import dev.costbench.pricing.component.RateRef;
import dev.costbench.catalog.RateId;
import dev.costbench.pricing.rates.RateBook;
import dev.costbench.pricing.rates.ServiceDimension;

import java.math.BigDecimal;

/**
 * The Fargate Spot rate of one dimension (vCPU or GB) for one architecture. Fargate Spot runs arm64 tasks on ECS
 * (platform 1.4.0 and later). x86: the catalog's rate. arm64: the catalog's arm64 Spot rate when it has one; else
 * estimated as the x86 Spot rate × (arm64 Fargate ÷ x86 Fargate On-Demand), Spot keeping the discount Graviton has
 * On-Demand; missing when any of the three is missing, never the On-Demand rate. {@code ref} is null when missing.
 */
record FargateSpotRate(RateRef ref, BigDecimal usd, BigDecimal perMonth, MissingPrice missing) {

    static final String ESTIMATE_RULE = "x86 Fargate Spot rate × (arm64 Fargate On-Demand ÷ x86 Fargate On-Demand)";

    static FargateSpotRate of(RateBook rates, Architecture arch, boolean vcpu, String name, String perUnit) {
        String x86 = vcpu ? ServiceRates.FARGATE_X86_VCPU : ServiceRates.FARGATE_X86_GB;
        ServiceDimension x86Spot = rates.service(ServiceRates.FARGATE_SPOT, x86);
        if (arch != Architecture.ARM64) return published(x86Spot, name, perUnit);
        String arm = vcpu ? ServiceRates.FARGATE_ARM_VCPU : ServiceRates.FARGATE_ARM_GB;
        ServiceDimension armSpot = rates.service(ServiceRates.FARGATE_SPOT, arm);
        if (armSpot.rate() != null) return published(armSpot, name, perUnit);
        Rate spot = x86Spot.rate(), armOnDemand = rates.service(ServiceRates.FARGATE, arm).rate(),
                x86OnDemand = rates.service(ServiceRates.FARGATE, x86).rate();
        if (spot == null || armOnDemand == null || x86OnDemand == null || x86OnDemand.usd().signum() == 0)
            return new FargateSpotRate(null, null, null, armSpot.missing());
        BigDecimal ratio = Money.divide(armOnDemand.usd(), x86OnDemand.usd());
        Provenance from = spot.provenance();
        Provenance estimated = new Provenance(from.sourceId(), from.source(), from.asOf(), Basis.ESTIMATED,
                ESTIMATE_RULE + " = × " + ratio.stripTrailingZeros().toPlainString());
        RateRef ref = new RateRef(ServiceRates.FARGATE_SPOT, name + " (arm64, estimated)", rates.region(), perUnit,
                spot.usd(), ratio, true, estimated, RateId.service(rates.region(), ServiceRates.FARGATE_SPOT, x86));
        BigDecimal usd = ref.unitPrice();
        return new FargateSpotRate(ref, usd, usd.multiply(Money.HOURS_PER_MONTH), armSpot.missing());
    }

    private static FargateSpotRate published(ServiceDimension d, String name, String perUnit) {
        RateRef ref = d.rateRef(name, perUnit);
        return ref == null ? new FargateSpotRate(null, null, null, d.missing())
                : new FargateSpotRate(ref.asSpot(), d.rate().usd(), d.perMonth(), d.missing());
    }
}
