package dev.costbench.model;

import dev.costbench.model.purchase.PurchaseOption;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A Lambda function: requests per month × average duration × memory. Ephemeral storage above the
 * 512 MB that is included is billed per GB-second; provisioned concurrency per GB-second kept warm.
 */
public record LambdaFunction(String id, String name, double x, double y, PurchaseOption purchaseOption,
                             int memoryMb, Architecture architecture, long requestsPerMonth, BigDecimal avgDurationMs,
                             int ephemeralStorageMb, int provisionedConcurrency, BigDecimal provisionedHoursPerMonth,
                             LoadProfile loadProfile,
                             Map<String, Object> extensions) implements Block {

    public static final int INCLUDED_EPHEMERAL_MB = 512;

    public LambdaFunction {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
        architecture = architecture == null ? Architecture.X86_64 : architecture;
        ephemeralStorageMb = ephemeralStorageMb == 0 ? INCLUDED_EPHEMERAL_MB : ephemeralStorageMb;
        loadProfile = loadProfile == null ? LoadProfile.NONE : loadProfile;
    }

    /** A block with no fields beyond the ones this version knows. */
    public LambdaFunction(String id, String name, double x, double y, PurchaseOption purchaseOption,
                          int memoryMb, Architecture architecture, long requestsPerMonth, BigDecimal avgDurationMs,
                          int ephemeralStorageMb, int provisionedConcurrency, BigDecimal provisionedHoursPerMonth,
                          LoadProfile loadProfile) {
        this(id, name, x, y, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, Map.of());
    }

    public static LambdaFunction of(String id, String name, int memoryMb, long requestsPerMonth, BigDecimal avgDurationMs) {
        return new LambdaFunction(id, name, 0, 0, null, memoryMb, Architecture.X86_64, requestsPerMonth, avgDurationMs,
                INCLUDED_EPHEMERAL_MB, 0, null, null);
    }

    @Override public BlockKind kind() { return BlockKind.LAMBDA; }
    @Override public LambdaFunction withId(String v) { return new LambdaFunction(v, name, x, y, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, extensions); }
    @Override public LambdaFunction withName(String v) { return new LambdaFunction(id, v, x, y, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, extensions); }
    @Override public LambdaFunction withPosition(double nx, double ny) { return new LambdaFunction(id, name, nx, ny, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, extensions); }
    @Override public LambdaFunction withPurchaseOption(PurchaseOption v) { return new LambdaFunction(id, name, x, y, v, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, extensions); }
    public LambdaFunction withArchitecture(Architecture v) { return new LambdaFunction(id, name, x, y, purchaseOption, memoryMb, v, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, extensions); }
    public LambdaFunction withRequestsPerMonth(long v) { return new LambdaFunction(id, name, x, y, purchaseOption, memoryMb, architecture, v, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, extensions); }
    public LambdaFunction withEphemeralStorageMb(int v) { return new LambdaFunction(id, name, x, y, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, v, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, extensions); }
    public LambdaFunction withProvisioned(int concurrency, BigDecimal hoursPerMonth) { return new LambdaFunction(id, name, x, y, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, concurrency, hoursPerMonth, loadProfile, extensions); }
    public LambdaFunction withLoadProfile(LoadProfile v) { return new LambdaFunction(id, name, x, y, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, v, extensions); }
    @Override public LambdaFunction withExtensions(Map<String, Object> v) { return new LambdaFunction(id, name, x, y, purchaseOption, memoryMb, architecture, requestsPerMonth, avgDurationMs, ephemeralStorageMb, provisionedConcurrency, provisionedHoursPerMonth, loadProfile, v); }
}
