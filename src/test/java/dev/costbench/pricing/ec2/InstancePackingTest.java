package dev.costbench.pricing.ec2;

import dev.costbench.catalog.InstanceType;
import dev.costbench.model.Architecture;
import dev.costbench.pricing.component.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InstancePackingTest {

    private static InstanceType type(String name, int vcpu, String gib) {
        return new InstanceType(name, "x", "y", vcpu, new BigDecimal(gib), Set.of(Architecture.X86_64), "Intel", 29, true);
    }

    @Test
    void anM4LargeRegistersAwsWorkedFigure() {
        // AWS's example: m4.large, 8 GiB = 8,192 MiB installed, `free -b` 8,373,026,816 bytes → 7,985 MiB for tasks
        // 8 × 1,024 × 7,985 ÷ 8,192 = 7,985
        assertEquals(0, new BigDecimal(7985).compareTo(InstancePacking.registeredMib(Quantity.Constant.of(8)).value()));
    }

    @Test
    void registeredMemoryScalesWithInstalledMemoryRoundedDownToWholeMiB() {
        // 16 GiB: 16,384 × 7,985 ÷ 8,192 = 15,970; 3.75 GiB: 3,840 × 7,985 ÷ 8,192 = 3,742.97 → 3,742
        assertEquals(0, new BigDecimal(15970).compareTo(InstancePacking.registeredMib(Quantity.Constant.of(16)).value()));
        assertEquals(0, new BigDecimal(3742).compareTo(
                InstancePacking.registeredMib(new Quantity.Constant(new BigDecimal("3.75"))).value()));
    }

    @Test
    void fourJobsOfTwoVcpuAndFourGbDoNotFitAC52xlargeThreeDo() {
        // c5.2xlarge 8 vCPU / 16 GiB: vCPU allows 8 ÷ 2 = 4, registered 15,970 MiB ÷ 4,096 = 3.9 → 3
        assertEquals(3, InstancePacking.perInstance(type("c5.2xlarge", 8, "16"), new BigDecimal(2), new BigDecimal(4)));
        // a job that asks exactly the installed memory does not fit: 8 GB = 8,192 MiB > 7,985 registered on 8 GiB
        assertEquals(0, InstancePacking.perInstance(type("m5.large", 2, "8"), BigDecimal.ONE, new BigDecimal(8)));
    }
}
