package dev.costbench.catalog;

/** The publication date and version of the AWS offer file a region's rates for one service came from. */
public record OfferInfo(String service, String publicationDate, String version) {}
