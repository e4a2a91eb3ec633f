package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An App Runner service: its instances keep their memory provisioned all month, and bill vCPU and memory as active
 * instances while they serve requests (https://aws.amazon.com/apprunner/pricing/). {@code minInstances} are the
 * provisioned instances, {@code maxInstances} the most App Runner scales to, {@code activeInstances} how many serve on
 * average while the service is active, {@code activePercent} the share of the month's hours it is. A load profile, when
 * set, gives the instances serving in each hour of the week instead (0 = idle) and replaces those two.
 */
public record AppRunnerService(String id, String name, double x, double y, PurchaseOption purchaseOption,
                               Size size, int minInstances, int maxInstances, BigDecimal activeInstances,
                               int activePercent, Deployments deployments, LoadProfile loadProfile,
                               Map<String, Object> extensions) implements Block {

    /** App Runner's vCPU and memory configurations (https://docs.aws.amazon.com/apprunner/latest/api/API_InstanceConfiguration.html). */
    public enum Size {
        V025_GB05("0.25-vcpu-0.5-gb", "0.25", "0.5"),
        V025_GB1("0.25-vcpu-1-gb", "0.25", "1"),
        V05_GB1("0.5-vcpu-1-gb", "0.5", "1"),
        V1_GB2("1-vcpu-2-gb", "1", "2"),
        V1_GB3("1-vcpu-3-gb", "1", "3"),
        V1_GB4("1-vcpu-4-gb", "1", "4"),
        V2_GB4("2-vcpu-4-gb", "2", "4"),
        V2_GB6("2-vcpu-6-gb", "2", "6"),
        V4_GB8("4-vcpu-8-gb", "4", "8"),
        V4_GB10("4-vcpu-10-gb", "4", "10"),
        V4_GB12("4-vcpu-12-gb", "4", "12");

        private final String fileName;
        private final BigDecimal vcpu;
        private final BigDecimal memoryGb;

        Size(String fileName, String vcpu, String memoryGb) {
            this.fileName = fileName;
            this.vcpu = new BigDecimal(vcpu);
            this.memoryGb = new BigDecimal(memoryGb);
        }

        public String fileName() { return fileName; }

        public BigDecimal vcpu() { return vcpu; }

        public BigDecimal memoryGb() { return memoryGb; }

        public String label() { return vcpu.toPlainString() + " vCPU · " + memoryGb.toPlainString() + " GB"; }

        public static Size fromFileName(String s) {
            for (Size v : values()) if (v.fileName.equalsIgnoreCase(s)) return v;
            return null;
        }
    }

    /** Whether App Runner deploys each new image or commit itself, for a flat monthly fee per service. */
    public enum Deployments {
        AUTOMATIC("automatic"), MANUAL("manual");
        private final String fileName;
        Deployments(String f) { fileName = f; }
        public String fileName() { return fileName; }
        public static Deployments fromFileName(String s) {
            for (Deployments d : values()) if (d.fileName.equalsIgnoreCase(s)) return d;
            return null;
        }
    }

    public AppRunnerService {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        size = size == null ? Size.V1_GB2 : size;
        deployments = deployments == null ? Deployments.MANUAL : deployments;
        activeInstances = activeInstances == null ? BigDecimal.ONE : activeInstances;
        loadProfile = loadProfile == null ? LoadProfile.NONE : loadProfile;
    }

    /** A service without a load profile: its active instances and active hours say how busy it is. */
    public AppRunnerService(String id, String name, double x, double y, PurchaseOption purchaseOption, Size size,
                            int minInstances, int maxInstances, BigDecimal activeInstances, int activePercent,
                            Deployments deployments, Map<String, Object> extensions) {
        this(id, name, x, y, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, deployments,
                LoadProfile.NONE, extensions);
    }

    /** A block with no fields beyond the ones this version knows. */
    public AppRunnerService(String id, String name, double x, double y, PurchaseOption purchaseOption, Size size,
                            int minInstances, int maxInstances, BigDecimal activeInstances, int activePercent,
                            Deployments deployments) {
        this(id, name, x, y, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, deployments, Map.of());
    }

    public static AppRunnerService of(String id, String name, Size size, int minInstances, int maxInstances,
                                      BigDecimal activeInstances, int activePercent) {
        return new AppRunnerService(id, name, 0, 0, null, size, minInstances, maxInstances, activeInstances, activePercent,
                Deployments.MANUAL);
    }

    @Override public BlockKind kind() { return BlockKind.APP_RUNNER; }
    @Override public AppRunnerService withId(String v) { return new AppRunnerService(v, name, x, y, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, deployments, loadProfile, extensions); }
    @Override public AppRunnerService withName(String v) { return new AppRunnerService(id, v, x, y, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, deployments, loadProfile, extensions); }
    @Override public AppRunnerService withPosition(double nx, double ny) { return new AppRunnerService(id, name, nx, ny, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, deployments, loadProfile, extensions); }
    @Override public AppRunnerService withPurchaseOption(PurchaseOption v) { return new AppRunnerService(id, name, x, y, v, size, minInstances, maxInstances, activeInstances, activePercent, deployments, loadProfile, extensions); }
    public AppRunnerService withSize(Size v) { return new AppRunnerService(id, name, x, y, purchaseOption, v, minInstances, maxInstances, activeInstances, activePercent, deployments, loadProfile, extensions); }
    public AppRunnerService withInstances(int min, int max) { return new AppRunnerService(id, name, x, y, purchaseOption, size, min, max, activeInstances, activePercent, deployments, loadProfile, extensions); }
    public AppRunnerService withActive(BigDecimal instances, int percent) { return new AppRunnerService(id, name, x, y, purchaseOption, size, minInstances, maxInstances, instances, percent, deployments, loadProfile, extensions); }
    public AppRunnerService withDeployments(Deployments v) { return new AppRunnerService(id, name, x, y, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, v, loadProfile, extensions); }
    public AppRunnerService withLoadProfile(LoadProfile v) { return new AppRunnerService(id, name, x, y, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, deployments, v, extensions); }
    @Override public AppRunnerService withExtensions(Map<String, Object> v) { return new AppRunnerService(id, name, x, y, purchaseOption, size, minInstances, maxInstances, activeInstances, activePercent, deployments, loadProfile, v); }
}
