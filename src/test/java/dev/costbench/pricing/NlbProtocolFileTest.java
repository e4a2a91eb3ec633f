package dev.costbench.pricing;

import dev.costbench.model.LoadBalancer;
import dev.costbench.model.Project;
import dev.costbench.project.ProjectFile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An NLB's listener protocol is read, kept on save, and left out of the file where it is the default. */
class NlbProtocolFileTest {

    private static Project read(String block) {
        return ProjectFile.parse("""
                {"schemaVersion": 2, "scenarios": [{"name": "A", "blocks": [%s], "connections": []}]}""".formatted(block),
                "nlb.costbench.json");
    }

    private static LoadBalancer only(Project p) {
        return (LoadBalancer) p.scenarios().getFirst().blocks().getFirst();
    }

    @Test
    void aUdpNlbIsReadAndWrittenBack() {
        Project p = read("{\"id\": \"n\", \"kind\": \"load-balancer\", \"type\": \"nlb\", \"protocol\": \"udp\", \"newConnectionsPerSec\": 1000}");
        assertEquals(LoadBalancer.Protocol.UDP, only(p).protocol());
        String json = ProjectFile.toJson(p);
        assertTrue(json.contains("\"protocol\" : \"udp\"") || json.contains("\"protocol\": \"udp\""), json);
        assertEquals(LoadBalancer.Protocol.UDP, only(ProjectFile.parse(json, "again.costbench.json")).protocol());
    }

    @Test
    void tcpIsTheDefaultAndIsNotWritten() {
        Project p = read("{\"id\": \"n\", \"kind\": \"load-balancer\", \"type\": \"nlb\"}");
        assertEquals(LoadBalancer.Protocol.TCP, only(p).protocol());
        assertFalse(ProjectFile.toJson(p).contains("\"protocol\""), "a file without the field saves without it");
    }

    @Test
    void anUnknownProtocolIsRefusedNamingTheField() {
        Exception e = assertThrows(Exception.class,
                () -> read("{\"id\": \"n\", \"kind\": \"load-balancer\", \"type\": \"nlb\", \"protocol\": \"quic\"}"));
        assertTrue(e.getMessage().contains("protocol"), e.getMessage());
    }
}
