package dev.costbench.catalog.importer;

/** The identifying fields at the top of an offer file. */
record OfferHeader(String offerCode, String version, String publicationDate) {
    /** The publication day, yyyy-MM-dd, used as the as-of date of every rate from the file. */
    String publicationDay() {
        return publicationDate.length() >= 10 ? publicationDate.substring(0, 10) : publicationDate;
    }
}
