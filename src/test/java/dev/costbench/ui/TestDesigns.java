package dev.costbench.ui;

import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.catalog.Basis;
import dev.costbench.catalog.InstanceType;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.Provenance;
import dev.costbench.catalog.Rate;
import dev.costbench.model.Architecture;
import dev.costbench.model.AutoScalingGroup;
import dev.costbench.model.LambdaFunction;
import dev.costbench.model.Project;
import dev.costbench.model.Scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A small catalog and design the window tests price by hand. */
public final class TestDesigns {
    private TestDesigns() {}

    public static final Provenance PUBLISHED = new Provenance("test", "test rates", "2025-06-01", Basis.PUBLISHED, null);

    /** us-east-1 On-Demand: m5.xlarge $0.192/h, m5.large $0.096/h, m8g.xlarge $0.17952/h. */
    public static PriceCatalog catalog() {
        return PriceCatalog.builder().version("test").asOf("2025-06-01")
                .instanceType(new InstanceType("m5.large", "m5", "large", 2, new BigDecimal("8"), Set.of(Architecture.X86_64), "Intel Xeon", 29, true))
                .instanceType(new InstanceType("m5.xlarge", "m5", "xlarge", 4, new BigDecimal("16"), Set.of(Architecture.X86_64), "Intel Xeon", 58, true))
                .instanceType(new InstanceType("m8g.xlarge", "m8g", "xlarge", 4, new BigDecimal("16"), Set.of(Architecture.ARM64), "AWS Graviton4", 58, true))
                .onDemand("us-east-1", "m5.large", new Rate(new BigDecimal("0.096"), "hour", PUBLISHED))
                .onDemand("us-east-1", "m5.xlarge", new Rate(new BigDecimal("0.192"), "hour", PUBLISHED))
                .onDemand("us-east-1", "m8g.xlarge", new Rate(new BigDecimal("0.17952"), "hour", PUBLISHED))
                .build();
    }

    /** "Web tier": 4 × m5.xlarge (min 1, max 8) at (100, 100); "Thumbnails": a Lambda at (400, 100). */
    public static Project webTier() {
        AutoScalingGroup web = new AutoScalingGroup("web", "Web tier", 100, 100, null, "m5.xlarge", 1, 4, 8, 0, 100, 0, null, null);
        LambdaFunction thumbs = LambdaFunction.of("thumbs", "Thumbnails", 512, 1_000_000, new BigDecimal("100")).withPosition(400, 100);
        return new Project("Test design", List.of(new Scenario("Baseline", "us-east-1", List.of(web, thumbs), List.of(), PurchaseOption.ON_DEMAND, false)));
    }
}
