package dev.costbench.model;

/**
 * The gp3 EBS volume each instance of an EC2-backed block carries: size in GB (0 for none), provisioned IOPS and
 * throughput in MB/s. Every gp3 volume includes 3,000 IOPS and 125 MB/s; only what is provisioned above them is
 * billed (https://aws.amazon.com/ebs/pricing/).
 */
public record EbsVolume(int gb, int iops, int throughputMbps) {
    public static final int INCLUDED_IOPS = 3_000;
    public static final int INCLUDED_THROUGHPUT_MBPS = 125;
    /** No volume (or one the block does not price). */
    public static final EbsVolume NONE = new EbsVolume(0, INCLUDED_IOPS, INCLUDED_THROUGHPUT_MBPS);

    public EbsVolume {
        gb = Math.max(gb, 0);
        iops = iops <= 0 ? INCLUDED_IOPS : iops;
        throughputMbps = throughputMbps <= 0 ? INCLUDED_THROUGHPUT_MBPS : throughputMbps;
    }

    public static EbsVolume ofGb(int gb) { return new EbsVolume(gb, INCLUDED_IOPS, INCLUDED_THROUGHPUT_MBPS); }

    public int extraIops() { return Math.max(0, iops - INCLUDED_IOPS); }
    public int extraThroughputMbps() { return Math.max(0, throughputMbps - INCLUDED_THROUGHPUT_MBPS); }
    public EbsVolume withGb(int v) { return new EbsVolume(v, iops, throughputMbps); }
    public EbsVolume withIops(int v) { return new EbsVolume(gb, v, throughputMbps); }
    public EbsVolume withThroughputMbps(int v) { return new EbsVolume(gb, iops, v); }
}
