package dev.costbench.model.spec;

import dev.costbench.model.Block;
import dev.costbench.model.EbsVolume;
import dev.costbench.model.LoadProfile;
import dev.costbench.model.Tenancy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Shorthands the kinds' specs are written with, so that each spec reads as a table. */
final class Fields {
    private Fields() {}

    static <B extends Block> Function<Block, Object> of(Class<B> kind, Function<B, Object> read) {
        return b -> read.apply(kind.cast(b));
    }

    static ValueType.Whole whole(long min, long max) { return new ValueType.Whole(min, max); }

    static ValueType.Decimal above0(BigDecimal max) { return new ValueType.Decimal(BigDecimal.ZERO, true, max); }

    static ValueType.Decimal from0(BigDecimal max) { return new ValueType.Decimal(BigDecimal.ZERO, false, max); }

    static <E extends Enum<E>> ValueType.Choice choice(E[] values, Function<E, String> name, Function<E, String> label) {
        return new ValueType.Choice(Arrays.stream(values).map(e -> new ValueType.Option(name.apply(e), label.apply(e))).toList());
    }

    static FieldSpec field(String json, String label, String help, String unit, ValueType type, Object fallback,
                           Function<Block, Object> value) {
        return new FieldSpec(json, label, help, unit, type, fallback, null, value);
    }

    /** A field whose default depends on other fields, so the reader works it out and the spec states it in words. */
    static FieldSpec field(String json, String label, String help, String unit, ValueType type, String defaultRule,
                           Object fallback, Function<Block, Object> value) {
        return new FieldSpec(json, label, help, unit, type, fallback, defaultRule, value);
    }

    /** A flat profile without hours is the default, which the file leaves out. */
    static LoadProfile written(LoadProfile p) {
        return p == null || (p.isNone() && LoadProfile.NONE.preset().equals(p.preset())) ? null : p;
    }

    static FieldSpec loadProfile(Function<Block, Object> value) {
        return field("loadProfile", "Load profile", "Hourly load over a week (a preset or 168 values), for workshops' what-ifs",
                null, new ValueType.Nested("object {preset, hours}"), null, value);
    }

    static FieldSpec gravitonType(Function<Block, Object> value) {
        return field("gravitonType", "Graviton twin", "arm64 type to compare with; automatic when empty (the newest Graviton not dearer On-Demand)",
                null, new ValueType.InstanceType(true, false), null, value);
    }

    /**
     * Where an EC2-backed block's instances run (one field for every kind that has it): shared hardware, Dedicated
     * Instances or Dedicated Hosts. The default is left out of the file.
     */
    /** Why a Fargate mode allows only the default tenancy. */
    static final String FARGATE_HAS_NO_TENANCY = "Fargate runs on AWS's own capacity, with no tenancy to choose (tenancy applies to EC2 instances)";

    static FieldSpec tenancy(Function<Block, Tenancy> value) {
        return field("tenancy", "Tenancy", "Shared hardware (default), Dedicated Instances (per instance, plus the region's "
                        + "hourly Dedicated fee) or Dedicated Hosts (per host; the instances are packed on whole hosts)", null,
                choice(Tenancy.values(), Tenancy::fileName, Tenancy::label), Tenancy.DEFAULT.fileName(),
                b -> value.apply(b) == Tenancy.DEFAULT ? null : value.apply(b).fileName());
    }

    /** The gp3 volume every instance of an EC2-backed block carries: size, IOPS and throughput (one set of fields for every kind). */
    static List<FieldSpec> ebsVolume(Function<Block, EbsVolume> volume) {
        return List.of(
                field("ebsGbPerInstance", "EBS gp3 GB each", "gp3 volume size per instance (not discountable); 0 for none", "GB",
                        whole(0, AwsLimits.EBS_GB), 0L, b -> volume.apply(b).gb() == 0 ? null : (long) volume.apply(b).gb()),
                field("ebsIops", "EBS gp3 IOPS each", "IOPS provisioned per volume; " + String.format(java.util.Locale.ROOT, "%,d", EbsVolume.INCLUDED_IOPS)
                                + " are included, more is billed per IOPS-month", "IOPS",
                        whole(EbsVolume.INCLUDED_IOPS, AwsLimits.EBS_GP3_IOPS), (long) EbsVolume.INCLUDED_IOPS,
                        b -> volume.apply(b).iops() == EbsVolume.INCLUDED_IOPS ? null : (long) volume.apply(b).iops()),
                field("ebsThroughputMbps", "EBS gp3 MB/s each", "Throughput provisioned per volume; "
                                + EbsVolume.INCLUDED_THROUGHPUT_MBPS + " MB/s are included, more is billed per MB/s-month", "MB/s",
                        whole(EbsVolume.INCLUDED_THROUGHPUT_MBPS, AwsLimits.EBS_GP3_THROUGHPUT_MBPS), (long) EbsVolume.INCLUDED_THROUGHPUT_MBPS,
                        b -> volume.apply(b).throughputMbps() == EbsVolume.INCLUDED_THROUGHPUT_MBPS ? null : (long) volume.apply(b).throughputMbps()));
    }
}
