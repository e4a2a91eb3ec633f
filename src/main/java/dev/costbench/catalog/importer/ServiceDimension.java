package dev.costbench.catalog.importer;

/** A catalog service rate a product feeds: {@code fargate/linux_x86_vcpu_hour} in one region. */
record ServiceDimension(String region, String service, String dimension, String unit) {}
