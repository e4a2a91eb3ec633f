package dev.costbench.project.lock;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Who has a design open: enough for a warning to say who, on which computer, and since when. */
public record LockOwner(long pid, String host, String user, Instant since) {
    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(1_000).build())
            .build()).build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'on' d MMM yyyy", Locale.ENGLISH);

    /** This Costbench, now. */
    public static LockOwner thisProcess() {
        return new LockOwner(ProcessHandle.current().pid(), thisHost(), System.getProperty("user.name", "someone"),
                Instant.now());
    }

    public boolean isOnThisHost() { return host.equals(thisHost()); }

    public boolean isThisProcess() { return isOnThisHost() && pid == ProcessHandle.current().pid(); }

    /** A lock left by a Costbench that is no longer running: its process is gone from this computer. */
    public boolean isStale() { return isOnThisHost() && pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty(); }

    /** "ana on workshop-laptop (process 4242) since 14:02 on 3 May 2026". */
    public String describe(ZoneId zone) {
        return user + " on " + host + " (process " + pid + ") since " + TIME.format(since.atZone(zone));
    }

    String toJson() {
        ObjectNode o = JSON.createObjectNode().put("pid", pid).put("host", host).put("user", user).put("since", since.toString());
        try {
            return JSON.writeValueAsString(o) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The owner named in a lock file, or null when the file is not a lock this version can read. */
    static LockOwner read(Path lockFile) throws IOException {
        if (Files.size(lockFile) > 4_096) return null;
        try {
            JsonNode o = JSON.readTree(Files.readString(lockFile));
            if (o == null || !o.path("pid").canConvertToLong() || !o.path("host").isTextual() || !o.path("user").isTextual()
                    || !o.path("since").isTextual()) return null;
            return new LockOwner(o.get("pid").asLong(), o.get("host").asText(), o.get("user").asText(),
                    Instant.parse(o.get("since").asText()));
        } catch (IOException | DateTimeParseException e) {
            return null;
        }
    }

    private static volatile String thisHost;

    /** The computer's name, without a network lookup where the platform names it (a lookup can hang offline). */
    static String thisHost() {
        String h = thisHost;
        if (h != null) return h;
        h = System.getenv("COMPUTERNAME");
        if (h == null || h.isBlank()) h = System.getenv("HOSTNAME");
        if (h == null || h.isBlank()) {
            try {
                h = Files.readString(Path.of("/etc/hostname")).strip();
            } catch (IOException | RuntimeException e) {
                h = null;
            }
        }
        if (h == null || h.isBlank()) {
            try {
                h = InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                h = "this computer";
            }
        }
        return thisHost = h;
    }
}
