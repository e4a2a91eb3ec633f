package dev.costbench.ui.workshop;

import dev.costbench.model.AppRunnerService;
import dev.costbench.model.Ec2Instances;
import dev.costbench.model.LoadProfile;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which of the newer kinds the load profile editor opens for, and what a cell means on each. */
class LoadProfileKindsTest {
    private static final AppRunnerService API = AppRunnerService.of("api", "API", AppRunnerService.Size.V1_GB2, 1, 5,
            new BigDecimal("2"), 50);
    private static final Ec2Instances FLEET = new Ec2Instances("f", "Fleet", 0, 0, null, "m5.large", 3, 0, null);

    @Test
    void anAppRunnerServiceTakesAProfileOfServingInstances() {
        assertTrue(LoadProfileEditor.supports(API));
        LoadProfile p = new LoadProfile("custom", Collections.nCopies(LoadProfile.HOURS_PER_WEEK, 3.0));
        assertEquals(p, LoadProfileEditor.profileOf(LoadProfileEditor.withProfile(API, p)));
        // a flat week starts from the service's active instances
        assertEquals(2.0, LoadProfileEditor.defaultCount(API));
        assertTrue(LoadProfileEditor.meaning(API).contains("serving requests"));
    }

    @Test
    void aFixedFleetHasNoProfileAndSaysWhereOneGoes() {
        assertFalse(LoadProfileEditor.supports(FLEET));
        assertTrue(LoadProfileEditor.meaning(FLEET).contains("Auto Scaling group"));
        assertThrows(IllegalArgumentException.class, () -> LoadProfileEditor.withProfile(FLEET, LoadProfile.NONE));
    }
}
