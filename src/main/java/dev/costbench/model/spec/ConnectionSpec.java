package dev.costbench.model.spec;

import java.math.BigDecimal;
import java.util.List;

import static dev.costbench.model.spec.Fields.field;
import static dev.costbench.model.spec.Fields.from0;

/**
 * A connection's traffic fields, read by the project reader, the inspector and the file format's table: GB a month in
 * each direction. A connection is no block, so the fields have no reader off a block (the writer writes them itself).
 */
final class ConnectionSpec {
    private ConnectionSpec() {}

    static final List<FieldSpec> FIELDS = List.of(
            field("sentGbPerMonth", "Sent (GB / month)", "GB a month the `from` block sends to the `to` block; priced by the path"
                    + " between them (same AZ, cross-AZ, NAT gateway, another region, the internet)", "GB a month",
                    from0(AwsLimits.TRAFFIC_GB), BigDecimal.ZERO, null),
            field("returnedGbPerMonth", "Returned (GB / month)", "GB a month the `to` block sends back (responses, downloads);"
                    + " priced the same way in the other direction", "GB a month",
                    from0(AwsLimits.TRAFFIC_GB), BigDecimal.ZERO, null));
}
