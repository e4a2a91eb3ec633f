package dev.costbench.pricing.load;

import dev.costbench.model.Internet;
import dev.costbench.model.NatGateway;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.EcrRepository;
import dev.costbench.model.AppRunnerService;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.BatchQueue;
import dev.costbench.model.Block;
import dev.costbench.model.EcsService;
import dev.costbench.model.EksNodeGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.LoadBalancer;
import dev.costbench.model.LoadProfile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;

/**
 * A block with a load profile, held at one of its hours all month: the cost range of a profiled block is its
 * cost at the profile's quietest and busiest hour as if that hour's load ran the whole month.
 */
public final class SteadyLoad {
    private SteadyLoad() {}

    /** True when the block's cost follows a load profile (load balancers have none). */
    public static boolean profiled(Block block) {
        LoadProfile p = profile(block);
        return p != null && !p.isNone();
    }

    public static LoadProfile profile(Block block) {
        return switch (block) {
            case AutoScalingGroup a -> a.loadProfile();
            case EcsService s -> s.loadProfile();
            case EksNodeGroup g -> g.loadProfile();
            case BatchQueue q -> q.loadProfile();
            case LambdaFunction f -> f.loadProfile();
            case LoadBalancer lb -> null;
            case AppRunnerService r -> r.loadProfile();
            case EcrRepository e -> null;
            case Ec2Instances i -> null;
            case NatGateway n -> null;
            case Internet i -> null;
        };
    }

    /** The block at its profile's lowest hour all month. */
    public static Block atQuietest(Block block) { return at(block, true); }

    /** The block at its profile's highest hour all month. */
    public static Block atBusiest(Block block) { return at(block, false); }

    private static Block at(Block block, boolean quietest) {
        LoadProfile p = profile(block);
        if (p == null || p.isNone()) return block;
        if (block instanceof LambdaFunction f) return f.withLoadProfile(LoadProfile.NONE)
                .withRequestsPerMonth(LambdaShape.of(p).requestsAtHourAllMonth(f.requestsPerMonth(), quietest));
        LoadHours load = LoadHours.of(p, 0);
        int n = quietest ? load.min() : load.max();
        return switch (block) {
            case AutoScalingGroup a -> a.withLoadProfile(LoadProfile.NONE).withCounts(Math.min(a.min(), n), n, Math.max(a.max(), n));
            case EcsService s -> s.withLoadProfile(LoadProfile.NONE).withTasks(n);
            case EksNodeGroup g when g.mode() == EksNodeGroup.Mode.MANAGED -> g.withLoadProfile(LoadProfile.NONE).withDesired(n);
            case EksNodeGroup g -> g.withLoadProfile(LoadProfile.NONE).withPods(n);
            // a Batch queue's profile is jobs at once, so the steady block keeps a profile of that one count
            case BatchQueue q -> q.withLoadProfile(new LoadProfile("flat", Collections.nCopies(LoadHours.HOURS, (double) n)));
            // the hour's serving instances, active all month
            case AppRunnerService r -> r.withLoadProfile(LoadProfile.NONE).withActive(BigDecimal.valueOf(n), 100);
            default -> block;
        };
    }

    /** Requests in a month as the hour-weighted share gives them, rounded to a whole request. */
    static long round(BigDecimal requests) { return requests.setScale(0, RoundingMode.HALF_UP).longValueExact(); }
}
