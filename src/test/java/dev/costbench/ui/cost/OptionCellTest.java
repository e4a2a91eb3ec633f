package dev.costbench.ui.cost;

import dev.costbench.catalog.Basis;
import dev.costbench.catalog.Provenance;
import dev.costbench.pricing.CostLine;
import dev.costbench.pricing.MissingPrice;
import dev.costbench.pricing.OptionCost;
import dev.costbench.model.purchase.PurchaseOption;
import dev.costbench.ui.TestDesigns;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionCellTest {
    @Test
    void aPublishedFigureIsPlainMoney() {
        // 4 instances × $0.192 × 730 h = $560.64
        OptionCost od = OptionCost.priced(PurchaseOption.ON_DEMAND, List.of(CostLine.hourly("ec2.instances", "On-Demand instances",
                BigDecimal.valueOf(4), "instance", new BigDecimal("0.192"), TestDesigns.PUBLISHED)));
        OptionCell cell = OptionCell.of(od);
        assertEquals("$560.64", cell.text());
        assertEquals(OptionCell.Kind.PUBLISHED, cell.kind());
        assertTrue(cell.tooltip().contains("Source: published · test rates · 2025-06-01"), cell.tooltip());
    }

    @Test
    void anEstimateIsMarkedAndItsRuleIsInTheTooltip() {
        Provenance estimated = new Provenance("spot-est", "Spot advisor savings", "2025-06-28", Basis.ESTIMATED, "OD × (1 − 70%)");
        // 2 instances × $0.0576 × 730 h = $84.096 → $84.10
        OptionCost spot = OptionCost.priced(PurchaseOption.SPOT, List.of(CostLine.hourly("ec2.spot", "Spot instances",
                BigDecimal.valueOf(2), "instance", new BigDecimal("0.0576"), estimated)));
        OptionCell cell = OptionCell.of(spot);
        assertEquals("~$84.10", cell.text());
        assertTrue(cell.estimated());
        assertTrue(cell.tooltip().contains("rule: OD × (1 − 70%)"), cell.tooltip());
    }

    @Test
    void aMissingPriceSaysMissingAndNeverZero() {
        OptionCell cell = OptionCell.of(OptionCost.missing(PurchaseOption.ON_DEMAND,
                List.of(new MissingPrice("eu-west-3", "ec2", "m5.xlarge On-Demand"))));
        assertEquals("missing", cell.text());
        assertEquals(null, cell.monthly());
        assertTrue(cell.tooltip().contains("ec2 m5.xlarge On-Demand in eu-west-3"), cell.tooltip());
    }

    @Test
    void shortLabelsFitOnABlock() {
        assertEquals("OD", OptionCell.shortLabel(PurchaseOption.ON_DEMAND));
        assertEquals("RI 3y", OptionCell.shortLabel(PurchaseOption.parse("reserved/3y/convertible/all-upfront")));
        assertEquals("SP 1y", OptionCell.shortLabel(PurchaseOption.parse("savings-plan/compute/1y/no-upfront")));
        assertEquals("EC2 SP 1y", OptionCell.shortLabel(PurchaseOption.parse("savings-plan/ec2-instance/1y/no-upfront")));
    }

    @Test
    void theInternetReadsNoChargeWithTheReasonNotZero() {
        OptionCost od = dev.costbench.pricing.traffic.InternetPricer.price(new dev.costbench.model.Internet("net", "Internet", 0, 0, null))
                .options().get(PurchaseOption.ON_DEMAND);
        OptionCell cell = OptionCell.of(od);
        assertEquals("no charge", cell.text());
        assertEquals("no charge", cell.text("/mo"), "a status, not a monthly figure");
        assertEquals(OptionCell.Kind.NO_CHARGE, cell.kind());
        assertTrue(cell.tooltip().contains("pay for the GB"), cell.tooltip());
        // it counts as 0 wherever figures are added up
        assertEquals(0, cell.monthly().signum());
    }
}
