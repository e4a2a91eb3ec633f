package dev.costbench.catalog.importer;

import dev.costbench.catalog.FileProblem;
import dev.costbench.catalog.ImportLock;
import dev.costbench.catalog.PriceCatalog;
import dev.costbench.catalog.UserCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Imports AWS's public price files into a catalog, offline. Accepts any mix of: a folder laid out as AWS
 * publishes (offers/v1.0/aws/index.json and what it points at), a services or region index, regional offer
 * files (AmazonEC2, AmazonECS, AWSLambda, AWSELB, AmazonEKS in JSON or CSV, AWSComputeSavingsPlan in JSON),
 * Spot Advisor data and describe-spot-price-history output. Every file is read before anything is merged,
 * so a file that fails leaves the catalog as it was.
 */
public final class PriceImporter {
    private final Set<String> regions;
    private final ImportMonitor monitor;

    /** @param regions regions to import; empty imports every region in the files */
    public PriceImporter(Set<String> regions, ImportMonitor monitor) {
        this.regions = Set.copyOf(new TreeSet<>(regions));
        this.monitor = monitor;
    }

    public record Result(PriceCatalog catalog, ChangeSummary summary) {}

    /** The catalog {@code base} with the files' rates merged in, and what changed. */
    public Result apply(PriceCatalog base, List<Path> paths) {
        ImportPlan plan = plan(paths);
        ImportedRates rates = new ImportedRates(base.sources());
        List<String> files = new ArrayList<>();
        for (ImportPlan.Step step : plan.steps()) {
            if (monitor.cancelled()) throw new ImportCancelledException(step.file().name());
            read(step, rates);
            files.add(step.file().name());
        }
        CatalogMerger.Result merged = CatalogMerger.merge(base, rates, files, plan.notes);
        return new Result(merged.catalog(), merged.summary());
    }

    /**
     * Imports into the user catalog of {@code dataDir} (starting from the shipped catalog when there is none
     * yet) and returns what changed. The catalog is read, merged and replaced under the data folder's import
     * lock, so a second import at the same time waits and then builds on this one's result; the catalog is
     * only replaced once every file has been read and the new catalog written beside it, and on any failure
     * it is left byte for byte as it was.
     */
    public ChangeSummary importInto(Path dataDir, List<Path> paths) {
        return importInto(dataDir, paths, ImportLock.DEFAULT_WAIT);
    }

    /** As {@link #importInto(Path, List)}, waiting at most {@code lockWait} for another import to finish. */
    public ChangeSummary importInto(Path dataDir, List<Path> paths, Duration lockWait) {
        try (ImportLock lock = ImportLock.acquire(dataDir, lockWait)) {
            if (lock == null) throw new PriceImportException(dataDir.toString(), "", ImportLock.busyMessage(dataDir));
            Result r = apply(UserCatalog.load(dataDir), paths);
            if (monitor.cancelled()) throw new ImportCancelledException(String.join(", ", r.summary().files()));
            if (r.summary().isEmpty()) return r.summary();
            try {
                UserCatalog.replace(dataDir, r.catalog());
            } catch (IOException e) {
                throw new PriceImportException(dataDir.toString(), "", "cannot write the catalog: "
                        + FileProblem.reason(e, ImportLock.file(dataDir)) + "; it was left as it was", e);
            }
            return r.summary();
        } catch (IOException e) {
            throw new PriceImportException(dataDir.toString(), "", "cannot import into this folder: "
                    + FileProblem.reason(e, ImportLock.file(dataDir)), e);
        }
    }

    /** Every file the paths stand for, indexes followed, in merge order. */
    ImportPlan plan(List<Path> paths) {
        if (paths.isEmpty()) throw new PriceImportException("(no files)", "", "name at least one file or folder to import");
        ImportPlan plan = new ImportPlan();
        PriceListFolder folder = new PriceListFolder(regions, plan);
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                folder.addFolder(path);
                continue;
            }
            if (!Files.exists(path)) throw new PriceImportException(path.toString(), "", "no such file or folder");
            // a pipe or a device would hang the import or never end; its type is enough to refuse it
            if (!Files.isRegularFile(path))
                throw new PriceImportException(path.toString(), "", "is not a file but a device, pipe or socket; "
                        + "import AWS's price files or the folder that holds them");
            PriceFile file = PriceFile.named(path);
            PriceFileKind kind = PriceFileSniffer.kind(file);
            switch (kind) {
                case SERVICES_INDEX -> folder.addServicesIndex(file);
                case REGION_INDEX -> folder.addRegionIndex(file, null);
                case SAVINGS_PLAN_REGION_INDEX -> folder.addSavingsPlanIndex(file);
                default -> plan.add(file, kind);
            }
        }
        if (plan.steps().isEmpty()) {
            throw new PriceImportException(paths.getFirst().toString(), "", "nothing to import"
                    + (regions.isEmpty() ? "" : " for " + String.join(", ", regions))
                    + (plan.notes.isEmpty() ? "" : " (" + String.join("; ", plan.notes) + ")"));
        }
        return plan;
    }

    private void read(ImportPlan.Step step, ImportedRates rates) {
        PriceFile f = step.file();
        switch (step.kind()) {
            case OFFER_JSON -> JsonOfferReader.read(f, regions, rates, monitor);
            case OFFER_CSV -> CsvOfferReader.read(f, regions, rates, monitor);
            case SAVINGS_PLAN_OFFER -> SavingsPlanOfferReader.read(f, regions, rates, monitor);
            case SPOT_ADVISOR -> SpotAdvisorReader.read(f, regions, rates);
            case SPOT_PRICE_HISTORY -> SpotPriceHistoryReader.read(f, regions, rates);
            default -> throw new PriceImportException(f.name(), "", "a " + step.kind().description() + " cannot be imported here");
        }
    }
}
