package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An ECS service. Launch type {@code fargate}: each task has {@code cpu} vCPU and {@code memoryGb}
 * and the capacity provider strategy splits tasks between FARGATE and FARGATE_SPOT. Launch type
 * {@code ec2}: tasks are packed onto {@code instanceType} by CPU and memory.
 */
public record EcsService(String id, String name, double x, double y, PurchaseOption purchaseOption,
                         LaunchType launchType, BigDecimal cpu, BigDecimal memoryGb, int tasks,
                         Architecture architecture, List<CapacityProviderShare> capacityProviders,
                         String instanceType, String gravitonType, LoadProfile loadProfile,
                         int ephemeralStorageGb, EbsVolume ebs, Map<String, Object> extensions, Tenancy tenancy) implements Block {

    /** The ephemeral storage every Fargate task includes, in GB; a task may ask for up to 200 GB. */
    public static final int INCLUDED_EPHEMERAL_GB = 20;

    public enum LaunchType {
        FARGATE("fargate"), EC2("ec2");
        private final String fileName;
        LaunchType(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public static LaunchType fromFileName(String s) {
            for (LaunchType t : values()) if (t.fileName.equalsIgnoreCase(s)) return t;
            return null;
        }
    }

    public EcsService {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        capacityProviders = capacityProviders == null ? List.of() : List.copyOf(capacityProviders);
        architecture = architecture == null ? Architecture.X86_64 : architecture;
        loadProfile = loadProfile == null ? LoadProfile.NONE : loadProfile;
        ephemeralStorageGb = ephemeralStorageGb <= 0 ? INCLUDED_EPHEMERAL_GB : ephemeralStorageGb;
        ebs = ebs == null ? EbsVolume.NONE : ebs;
        tenancy = tenancy == null ? Tenancy.DEFAULT : tenancy;
    }

    /** A block whose EC2 instances run on shared hardware (tenancy {@code default}). */
    public EcsService(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      LaunchType launchType, BigDecimal cpu, BigDecimal memoryGb, int tasks,
                      Architecture architecture, List<CapacityProviderShare> capacityProviders,
                      String instanceType, String gravitonType, LoadProfile loadProfile,
                      int ephemeralStorageGb, EbsVolume ebs, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, Tenancy.DEFAULT);
    }

    /** A service whose EC2 instances have no priced EBS volume. */
    public EcsService(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      LaunchType launchType, BigDecimal cpu, BigDecimal memoryGb, int tasks,
                      Architecture architecture, List<CapacityProviderShare> capacityProviders,
                      String instanceType, String gravitonType, LoadProfile loadProfile, int ephemeralStorageGb,
                      Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType,
                gravitonType, loadProfile, ephemeralStorageGb, EbsVolume.NONE, extensions);
    }

    /** A block with the included 20 GB of ephemeral storage and {@code extensions}. */
    public EcsService(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      LaunchType launchType, BigDecimal cpu, BigDecimal memoryGb, int tasks,
                      Architecture architecture, List<CapacityProviderShare> capacityProviders,
                      String instanceType, String gravitonType, LoadProfile loadProfile, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType,
                gravitonType, loadProfile, INCLUDED_EPHEMERAL_GB, extensions);
    }

    /** A block with no fields beyond the ones this version knows. */
    public EcsService(String id, String name, double x, double y, PurchaseOption purchaseOption,
                      LaunchType launchType, BigDecimal cpu, BigDecimal memoryGb, int tasks,
                      Architecture architecture, List<CapacityProviderShare> capacityProviders,
                      String instanceType, String gravitonType, LoadProfile loadProfile) {
        this(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, INCLUDED_EPHEMERAL_GB, Map.of());
    }

    public static EcsService fargate(String id, String name, BigDecimal cpu, BigDecimal memoryGb, int tasks) {
        return new EcsService(id, name, 0, 0, null, LaunchType.FARGATE, cpu, memoryGb, tasks, Architecture.X86_64, List.of(), null, null, null);
    }

    @Override public BlockKind kind() { return BlockKind.ECS_SERVICE; }
    @Override public EcsService withId(String v) { return new EcsService(v, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public EcsService withName(String v) { return new EcsService(id, v, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public EcsService withPosition(double nx, double ny) { return new EcsService(id, name, nx, ny, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public EcsService withPurchaseOption(PurchaseOption v) { return new EcsService(id, name, x, y, v, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EcsService withTasks(int v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, v, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EcsService withArchitecture(Architecture v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, v, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EcsService withCapacityProviders(List<CapacityProviderShare> v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, v, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EcsService withEc2(String type) { return new EcsService(id, name, x, y, purchaseOption, LaunchType.EC2, cpu, memoryGb, tasks, architecture, capacityProviders, type, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EcsService withLoadProfile(LoadProfile v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, v, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EcsService withEphemeralStorageGb(int v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, v, ebs, extensions, tenancy); }
    @Override public EcsService withExtensions(Map<String, Object> v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, v, tenancy); }
    public EcsService withEbs(EbsVolume v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, v, extensions, tenancy); }
    public EcsService withTenancy(Tenancy v) { return new EcsService(id, name, x, y, purchaseOption, launchType, cpu, memoryGb, tasks, architecture, capacityProviders, instanceType, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, v); }
}
