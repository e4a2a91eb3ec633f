package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An EKS node group: {@code managed} EC2 nodes ({@code instanceType} × {@code desired}, on-demand or
 * spot) or a {@code fargate} profile ({@code pods} of {@code podCpu}/{@code podMemoryGb}). The cluster
 * fee is charged once per distinct {@code cluster} in a scenario. {@code pods} on a managed group is the
 * number of pods the architect expects to schedule, checked against the nodes' max pods.
 */
public record EksNodeGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                           String cluster, Mode mode, String instanceType, int desired, CapacityType capacityType,
                           int pods, BigDecimal podCpu, BigDecimal podMemoryGb, Architecture architecture,
                           ClusterSupport clusterSupport, String gravitonType, LoadProfile loadProfile,
                           int ephemeralStorageGb, EbsVolume ebs, Map<String, Object> extensions, Tenancy tenancy) implements Block {

    /** EKS runs Fargate pods on x86_64 only (EKS user guide, "Compare compute options": no Arm on Fargate). */
    public static final String FARGATE_RUNS_X86_ONLY =
            "EKS Fargate cannot run Arm (arm64, Graviton) pods; a Fargate profile runs x86_64 only";

    public enum Mode {
        MANAGED("managed"), FARGATE("fargate");
        private final String fileName;
        Mode(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public static Mode fromFileName(String s) {
            for (Mode m : values()) if (m.fileName.equalsIgnoreCase(s)) return m;
            return null;
        }
    }

    public enum CapacityType {
        ON_DEMAND("on-demand"), SPOT("spot");
        private final String fileName;
        CapacityType(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public static CapacityType fromFileName(String s) {
            for (CapacityType c : values()) if (c.fileName.equalsIgnoreCase(s)) return c;
            return null;
        }
    }

    /** Kubernetes version support tier, which sets the hourly cluster fee. */
    public enum ClusterSupport {
        STANDARD("standard"), EXTENDED("extended");
        private final String fileName;
        ClusterSupport(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public static ClusterSupport fromFileName(String s) {
            for (ClusterSupport c : values()) if (c.fileName.equalsIgnoreCase(s)) return c;
            return null;
        }
    }

    public EksNodeGroup {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        mode = mode == null ? Mode.MANAGED : mode;
        capacityType = capacityType == null ? CapacityType.ON_DEMAND : capacityType;
        architecture = architecture == null ? Architecture.X86_64 : architecture;
        clusterSupport = clusterSupport == null ? ClusterSupport.STANDARD : clusterSupport;
        loadProfile = loadProfile == null ? LoadProfile.NONE : loadProfile;
        ephemeralStorageGb = ephemeralStorageGb <= 0 ? EcsService.INCLUDED_EPHEMERAL_GB : ephemeralStorageGb;
        ebs = ebs == null ? EbsVolume.NONE : ebs;
        tenancy = tenancy == null ? Tenancy.DEFAULT : tenancy;
    }

    /** A block whose nodes run on shared hardware (tenancy {@code default}). */
    public EksNodeGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                        String cluster, Mode mode, String instanceType, int desired, CapacityType capacityType,
                        int pods, BigDecimal podCpu, BigDecimal podMemoryGb, Architecture architecture,
                        ClusterSupport clusterSupport, String gravitonType, LoadProfile loadProfile,
                        int ephemeralStorageGb, EbsVolume ebs, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, Tenancy.DEFAULT);
    }

    /** A group whose nodes have no priced EBS volume. */
    public EksNodeGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                        String cluster, Mode mode, String instanceType, int desired, CapacityType capacityType,
                        int pods, BigDecimal podCpu, BigDecimal podMemoryGb, Architecture architecture,
                        ClusterSupport clusterSupport, String gravitonType, LoadProfile loadProfile,
                        int ephemeralStorageGb, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb,
                architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, EbsVolume.NONE, extensions);
    }

    /** A group whose Fargate pods keep the 20 GB of ephemeral storage included, with {@code extensions}. */
    public EksNodeGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                        String cluster, Mode mode, String instanceType, int desired, CapacityType capacityType,
                        int pods, BigDecimal podCpu, BigDecimal podMemoryGb, Architecture architecture,
                        ClusterSupport clusterSupport, String gravitonType, LoadProfile loadProfile, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb,
                architecture, clusterSupport, gravitonType, loadProfile, EcsService.INCLUDED_EPHEMERAL_GB, extensions);
    }

    /** A block with no fields beyond the ones this version knows. */
    public EksNodeGroup(String id, String name, double x, double y, PurchaseOption purchaseOption,
                        String cluster, Mode mode, String instanceType, int desired, CapacityType capacityType,
                        int pods, BigDecimal podCpu, BigDecimal podMemoryGb, Architecture architecture,
                        ClusterSupport clusterSupport, String gravitonType, LoadProfile loadProfile) {
        this(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, EcsService.INCLUDED_EPHEMERAL_GB, Map.of());
    }

    public static EksNodeGroup managed(String id, String name, String cluster, String instanceType, int desired) {
        return new EksNodeGroup(id, name, 0, 0, null, cluster, Mode.MANAGED, instanceType, desired, CapacityType.ON_DEMAND,
                0, null, null, null, null, null, null);
    }

    @Override public BlockKind kind() { return BlockKind.EKS_NODE_GROUP; }
    @Override public EksNodeGroup withId(String v) { return new EksNodeGroup(v, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public EksNodeGroup withName(String v) { return new EksNodeGroup(id, v, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public EksNodeGroup withPosition(double nx, double ny) { return new EksNodeGroup(id, name, nx, ny, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    @Override public EksNodeGroup withPurchaseOption(PurchaseOption v) { return new EksNodeGroup(id, name, x, y, v, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EksNodeGroup withDesired(int v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, v, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EksNodeGroup withFargatePods(int n, BigDecimal cpu, BigDecimal memGb) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, Mode.FARGATE, instanceType, desired, capacityType, n, cpu, memGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EksNodeGroup withPods(int v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, v, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EksNodeGroup withCapacityType(CapacityType v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, v, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EksNodeGroup withClusterSupport(ClusterSupport v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, v, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EksNodeGroup withLoadProfile(LoadProfile v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, v, ephemeralStorageGb, ebs, extensions, tenancy); }
    public EksNodeGroup withEphemeralStorageGb(int v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, v, ebs, extensions, tenancy); }
    @Override public EksNodeGroup withExtensions(Map<String, Object> v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, v, tenancy); }
    public EksNodeGroup withEbs(EbsVolume v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, v, extensions, tenancy); }
    public EksNodeGroup withTenancy(Tenancy v) { return new EksNodeGroup(id, name, x, y, purchaseOption, cluster, mode, instanceType, desired, capacityType, pods, podCpu, podMemoryGb, architecture, clusterSupport, gravitonType, loadProfile, ephemeralStorageGb, ebs, extensions, v); }
}
