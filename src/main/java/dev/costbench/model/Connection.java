package dev.costbench.model;

import java.math.BigDecimal;

/**
 * A directed connection between two blocks, by id (traffic flows from → to): the GB a month {@code from} sends to
 * {@code to} ({@code sentGbPerMonth}) and the GB a month {@code to} sends back ({@code returnedGbPerMonth}), each
 * null when not given, and the labels a diagram shows at its middle: {@code protocol} ("HTTPS") and {@code traffic},
 * a free-text traffic label of older files that was not a clear monthly quantity ("heavy at night"), not priced.
 */
public record Connection(String from, String to, String traffic, String protocol, BigDecimal sentGbPerMonth,
                         BigDecimal returnedGbPerMonth) {

    public Connection {
        traffic = blankToNull(traffic);
        protocol = blankToNull(protocol);
    }

    /** A connection with labels and no GB. */
    public Connection(String from, String to, String traffic, String protocol) { this(from, to, traffic, protocol, null, null); }

    /** A connection without labels. */
    public Connection(String from, String to) { this(from, to, null, null); }

    /** Whether both connect the same blocks in the same direction, labels aside: a scenario has one such connection. */
    public boolean sameEnds(Connection other) { return from.equals(other.from) && to.equals(other.to); }

    public Connection withLabels(String newTraffic, String newProtocol) {
        return new Connection(from, to, newTraffic, newProtocol, sentGbPerMonth, returnedGbPerMonth);
    }

    public Connection withTraffic(BigDecimal sent, BigDecimal returned) {
        return new Connection(from, to, traffic, protocol, sent, returned);
    }

    /** GB a month sent from → to, 0 when not given. */
    public BigDecimal sentGb() { return sentGbPerMonth == null ? BigDecimal.ZERO : sentGbPerMonth; }

    /** GB a month sent back to → from, 0 when not given. */
    public BigDecimal returnedGb() { return returnedGbPerMonth == null ? BigDecimal.ZERO : returnedGbPerMonth; }

    /** "HTTPS · 500 GB/month (100 back)", or empty when the connection has no labels and no GB. */
    public String label() {
        String gb = gbLabel();
        String t = gb != null ? (traffic == null ? gb : gb + " · " + traffic) : traffic;
        if (protocol == null) return t == null ? "" : t;
        return t == null ? protocol : protocol + " · " + t;
    }

    private String gbLabel() {
        if (sentGbPerMonth == null && returnedGbPerMonth == null) return null;
        String sent = TrafficText.gb(sentGb()) + "/month";
        return returnedGb().signum() == 0 ? sent : sent + " (" + TrafficText.gb(returnedGb()) + " back)";
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }
}
