package dev.costbench.model;

/**
 * A directed connection between two blocks, by id (traffic flows from → to), with the labels a diagram shows
 * at its middle: {@code traffic} ("2 TB/month") and {@code protocol} ("HTTPS"), each null when not given.
 */
public record Connection(String from, String to, String traffic, String protocol) {

    public Connection {
        traffic = blankToNull(traffic);
        protocol = blankToNull(protocol);
    }

    /** A connection without labels. */
    public Connection(String from, String to) { this(from, to, null, null); }

    /** Whether both connect the same blocks in the same direction, labels aside: a scenario has one such connection. */
    public boolean sameEnds(Connection other) { return from.equals(other.from) && to.equals(other.to); }

    public Connection withLabels(String newTraffic, String newProtocol) { return new Connection(from, to, newTraffic, newProtocol); }

    /** "HTTPS · 2 TB/month", or empty when the connection has no labels. */
    public String label() {
        if (protocol == null) return traffic == null ? "" : traffic;
        return traffic == null ? protocol : protocol + " · " + traffic;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
