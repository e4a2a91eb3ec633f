package dev.costbench.catalog.importer;

import java.util.List;

/**
 * What an import changed in the catalog, for the command line and the window.
 *
 * @param files           the files read, as cited in provenance
 * @param regionsAdded    regions the catalog had no prices for before
 * @param added           rates the catalog did not have
 * @param updated         published rates replaced by a newer publication with a different price
 * @param confirmed       published rates a newer publication left at the same price (their date moves on)
 * @param estimatesReplaced estimated rates replaced by AWS's published rate
 * @param keptNewer       rates not taken because the catalog's were published later (or published, against an estimate)
 * @param unchanged       rates identical to the catalog's
 * @param spotEstimates   Spot rates worked out from Spot Advisor savings (estimates)
 * @param instanceTypesAdded instance types the catalog did not know, with specs from the offer file
 * @param offers          the offer files' publication dates per region and service ("prices as of")
 * @param notes           things skipped on purpose, one line each
 */
public record ChangeSummary(List<String> files, List<String> regionsAdded, int added, int updated, int confirmed,
                            int estimatesReplaced, int keptNewer, int unchanged, int spotEstimates,
                            int instanceTypesAdded, List<Offer> offers, List<String> notes) {

    /** One offer file's date and version for one region. */
    public record Offer(String region, String service, String publicationDate, String version) {}

    public ChangeSummary {
        files = List.copyOf(files);
        regionsAdded = List.copyOf(regionsAdded);
        offers = List.copyOf(offers);
        notes = List.copyOf(notes);
    }

    /** True when the import changed nothing in the catalog. */
    public boolean isEmpty() {
        return regionsAdded.isEmpty() && added + updated + confirmed + estimatesReplaced + spotEstimates
                + instanceTypesAdded == 0;
    }

    /** The summary as the command line prints it. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append("Imported ").append(files.size()).append(files.size() == 1 ? " file" : " files").append('\n');
        b.append("Regions added: ").append(regionsAdded.isEmpty() ? "none" : String.join(", ", regionsAdded)).append('\n');
        b.append("Rates added: ").append(added).append('\n');
        b.append("Rates updated: ").append(updated).append(" (price changed)");
        if (confirmed > 0) b.append(", ").append(confirmed).append(" re-dated (same price, newer publication)");
        b.append('\n');
        b.append("Estimates replaced by published rates: ").append(estimatesReplaced).append('\n');
        if (spotEstimates > 0) b.append("Spot rates estimated from Spot Advisor savings: ").append(spotEstimates).append('\n');
        if (keptNewer > 0) b.append("Rates kept because the catalog's are newer or published: ").append(keptNewer).append('\n');
        if (unchanged > 0) b.append("Rates already up to date: ").append(unchanged).append('\n');
        if (instanceTypesAdded > 0) b.append("Instance types added: ").append(instanceTypesAdded).append('\n');
        if (!offers.isEmpty()) {
            b.append("Prices as of:\n");
            for (Offer o : offers) {
                b.append("  ").append(o.region()).append("  ").append(o.service()).append("  ")
                        .append(o.publicationDate()).append("  (").append(o.version()).append(")\n");
            }
        }
        for (String n : notes) b.append("Note: ").append(n).append('\n');
        return b.toString();
    }
}
