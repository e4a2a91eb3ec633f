package dev.costbench.project;

import dev.costbench.catalog.CatalogLoader;
import dev.costbench.model.Connection;
import dev.costbench.model.Project;
import dev.costbench.model.TrafficText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A connection's GB a month each way are read, written back, and read from an older file's clear traffic label. */
class ConnectionTrafficFileTest {

    private static Project read(String connection) {
        return ProjectFile.parse("""
                {"schemaVersion": 2, "scenarios": [{"name": "A", "blocks": [
                  {"id": "web", "kind": "nat-gateway", "gateways": 2}, {"id": "net", "kind": "internet"}],
                 "connections": [%s]}]}""".formatted(connection), "traffic.costbench.json");
    }

    private static Connection only(Project p) { return p.scenarios().getFirst().connections().getFirst(); }

    @Test
    void gbEachWayAreReadAndWrittenBack() {
        Connection c = only(read("{\"from\": \"web\", \"to\": \"net\", \"sentGbPerMonth\": 1500, \"returnedGbPerMonth\": 20.5}"));
        assertEquals(0, new BigDecimal("1500").compareTo(c.sentGbPerMonth()));
        assertEquals(0, new BigDecimal("20.5").compareTo(c.returnedGbPerMonth()));
        Project again = ProjectFile.parse(ProjectFile.toJson(read("{\"from\": \"web\", \"to\": \"net\", \"sentGbPerMonth\": 1500}")), "again.costbench.json");
        assertEquals(0, new BigDecimal("1500").compareTo(only(again).sentGbPerMonth()));
        assertNull(only(again).returnedGbPerMonth(), "a direction the file left out stays out");
    }

    @Test
    void anOlderFilesClearLabelBecomesGbSentAndIsSavedAsGb() {
        // 2 TB = 2 × 1,024 GB
        Connection c = only(read("{\"from\": \"web\", \"to\": \"net\", \"traffic\": \"2 TB/month\", \"protocol\": \"HTTPS\"}"));
        assertEquals(0, new BigDecimal("2048").compareTo(c.sentGbPerMonth()));
        assertNull(c.traffic(), "the label is now the GB, not a second copy of them");
        assertEquals("HTTPS · 2 TB/month", c.label());
        assertEquals("500 GB/month (20 GB back)", c.withTraffic(new BigDecimal("500"), new BigDecimal("20")).withLabels(null, null).label());
    }

    @Test
    void aLabelThatIsNoMonthlyQuantityStaysALabelAndTheValidatorSaysItIsNotPriced() {
        Project p = read("{\"from\": \"web\", \"to\": \"net\", \"traffic\": \"heavy at night\"}");
        assertEquals("heavy at night", only(p).traffic());
        assertNull(only(p).sentGbPerMonth());
        List<Problem> problems = new DesignValidator().validate(p, CatalogLoader.bundled());
        assertTrue(problems.stream().anyMatch(x -> x.toString().contains("heavy at night") && x.toString().contains("not priced")),
                problems.toString());
    }

    @Test
    void negativeGbAreRefusedNamingTheField() {
        Exception e = assertThrows(Exception.class, () -> read("{\"from\": \"web\", \"to\": \"net\", \"sentGbPerMonth\": -1}"));
        assertTrue(e.getMessage().contains("sentGbPerMonth"), e.getMessage());
    }

    @Test
    void labelsReadAsGbOnlyWhenTheyAreAClearMonthlyQuantity() {
        assertEquals(0, new BigDecimal("500").compareTo(TrafficText.monthlyGb("500 GB/month")));
        assertEquals(0, new BigDecimal("1433.6").compareTo(TrafficText.monthlyGb("1.4 TB per month")));
        assertEquals(0, new BigDecimal("12000").compareTo(TrafficText.monthlyGb("12,000 GB/mo")));
        assertNull(TrafficText.monthlyGb("2 TB"), "no period: a size, not a monthly rate");
        assertNull(TrafficText.monthlyGb("up to 2 TB/month"));
        assertNull(TrafficText.monthlyGb("HTTPS"));
    }
}
