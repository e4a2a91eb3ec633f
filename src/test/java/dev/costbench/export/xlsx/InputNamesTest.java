package dev.costbench.export.xlsx;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A design file's field or path becomes the defined name a reviewer reads in formulas. */
class InputNamesTest {

    @Test
    void pathsBecomeNamesWithSingleUnderscores() {
        // brackets and dots are one underscore each run, none left at the end
        assertEquals("capacityProviders_1_weight", InputNames.fieldName("capacityProviders[1].weight"));
        assertEquals("loadProfile_2_hours", InputNames.fieldName("loadProfile[2].hours"));
        assertEquals("instances_m5_xlarge", InputNames.fieldName("instances(m5.xlarge)"));
        assertEquals("onDemandPercentAboveBase", InputNames.fieldName("onDemandPercentAboveBase"));
        assertEquals("s1_web_desired", new InputNames.Registry().forBlock(1, "web").of("desired"));
    }
}
