package dev.costbench.catalog.reference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EstimateErrorsTest {
    private static List<EstimateErrors.Check> checks;

    @BeforeAll
    static void measure() throws IOException {
        checks = EstimateErrors.measure(Path.of(SourceFiles.FOLDER));
    }

    private static EstimateErrors.Check check(String rulePrefix) {
        return checks.stream().filter(c -> c.rule().startsWith(rulePrefix)).findFirst().orElseThrow();
    }

    @Test
    void theDocumentedErrorsAreTheMeasuredOnes() throws IOException {
        String doc = Files.readString(Path.of("docs/pricing-data.md"));
        assertEquals(EstimateErrors.replaceIn(doc, checks), doc,
                "docs/pricing-data.md's estimate-error table is out of date: run dev.costbench.catalog.reference.EstimateErrors docs/pricing-data.md");
    }

    @Test
    void anEc2InstanceSavingsPlanIsMeasuredAgainstAwsRateLessTheWindowsLicence() {
        // c5.xlarge ap-northeast-1, EC2 Instance SP 1y All Upfront: Windows $0.31/h − licence ($0.398 − $0.214 = $0.184) = $0.126
        // rule: the Standard 1y All Upfront RI's effective hourly, estimated from the published No Upfront $0.135:
        //   m5.large's $494 × (0.135 ÷ 0.06 = 2.25) = $1,111.50 ÷ 8,760 h = $0.1268836/h
        // error (0.1268836 − 0.126) ÷ 0.126 = +0.70%
        BigDecimal expected = new BigDecimal("1111.50").divide(new BigDecimal("8760"), Rounding.WORKING)
                .subtract(new BigDecimal("0.126")).divide(new BigDecimal("0.126"), Rounding.WORKING);
        EstimateErrors.Check sp = check("EC2 Instance Savings Plan");
        assertEquals(6, sp.count());
        assertTrue(sp.errors().stream().anyMatch(e -> e.subtract(expected).abs().compareTo(new BigDecimal("1e-9")) < 0),
                sp.errors().toString());
        // Compute SP 1y No Upfront: Windows $0.361 − $0.184 = $0.177, the published Linux Convertible 1y No Upfront: error 0
        assertTrue(check("Compute Savings Plan").errors().stream().anyMatch(e -> e.signum() == 0));
    }

    @Test
    void everyRuleHasChecksAndTheUpfrontRuleHoldsWithinThreePercent() {
        checks.forEach(c -> assertTrue(c.count() > 0, c.rule()));
        // 3y: x2iedn.32xlarge 25 regions × 2 classes × 2 payments = 100, + c5.xlarge ap-northeast-1 Standard Partial/All = 102
        assertEquals(102, check("Partial/All Upfront = m5.large's offer × (No Upfront ÷ m5.large's No Upfront), 3y").count());
        for (EstimateErrors.Check c : checks)
            if (c.rule().startsWith("Partial/All Upfront"))
                assertTrue(c.largestAbs().compareTo(new BigDecimal("0.03")) < 0, c.rule() + ": " + c.largestAbs());
    }
}
