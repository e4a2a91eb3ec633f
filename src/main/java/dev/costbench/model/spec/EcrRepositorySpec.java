package dev.costbench.model.spec;

import dev.costbench.model.BlockKind;
import dev.costbench.model.EcrRepository;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.from0;
import static dev.costbench.model.spec.Fields.of;

/** An ECR repository's fields. */
final class EcrRepositorySpec {
    private EcrRepositorySpec() {}

    static KindSpec spec() {
        Class<EcrRepository> e = EcrRepository.class;
        return new KindSpec(BlockKind.ECR_REPOSITORY, List.of(
                field("storedGb", "Stored (GB)", "Image layers stored, on average over the month", "GB",
                        from0(AwsLimits.ECR_GB), BigDecimal.ZERO, of(e, EcrRepository::storedGb)),
                field("internetGbPerMonth", "Pulled from the internet (GB / month)",
                        "Images pulled from outside AWS, billed as data transfer out to the internet", "GB a month",
                        from0(AwsLimits.ECR_GB), BigDecimal.ZERO, of(e, EcrRepository::internetGbPerMonth)),
                field("crossRegionGbPerMonth", "Pulled by other regions (GB / month)",
                        "Images pulled or replicated to other AWS regions; pulls in the repository's region are free", "GB a month",
                        from0(AwsLimits.ECR_GB), BigDecimal.ZERO, of(e, EcrRepository::crossRegionGbPerMonth))),
                (id, type) -> new EcrRepository(id, "Repository", 0, 0, null, new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO),
                "ecr-repository");
    }
}
