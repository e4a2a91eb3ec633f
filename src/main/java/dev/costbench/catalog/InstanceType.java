package dev.costbench.catalog;

import dev.costbench.model.Architecture;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Specs of one EC2 instance type. {@code maxPods} is the EKS default from ENI limits
 * (ENIs × (IPv4 per ENI − 1) + 2); 0 when unknown.
 */
public record InstanceType(String name, String family, String size, int vcpu, BigDecimal memoryGib,
                           Set<Architecture> architectures, String processorFamily, int maxPods,
                           boolean currentGeneration) {

    public InstanceType {
        architectures = Set.copyOf(architectures);
    }

    public boolean isArm() { return architectures.contains(Architecture.ARM64); }

    /** "4 vCPU · 16 GiB" */
    public String shortSpec() { return vcpu + " vCPU · " + memoryGib.stripTrailingZeros().toPlainString() + " GiB"; }
}
