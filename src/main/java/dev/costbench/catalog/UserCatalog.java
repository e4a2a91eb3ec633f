package dev.costbench.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.channels.FileChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The user's own price catalog, in the same format as the shipped {@code pricing-data/}. Every command and
 * the window load prices through here, so imported rates are used everywhere; without a user catalog the
 * shipped one is used.
 *
 * <p>Each import writes a whole new version, {@code <data dir>/catalog.v<N>/}, forces it to disk, reads it
 * back, and only then points {@code catalog.current} at it with one atomic rename. A reader reads the
 * pointer once and loads that folder, so it sees the old catalog or the new one whole, never a mix.
 * Superseded versions stay a while for readers still loading them. Imports take {@link ImportLock}, so two
 * of them (in one process or in two) run one after the other and neither loses the other's rates.
 */
public final class UserCatalog {
    /** The pointer file: one line naming the version folder in use. */
    static final String POINTER = "catalog.current";
    static final String VERSION_PREFIX = "catalog.v";
    /** Where catalogs were kept before versions; still read when there is no pointer. */
    static final String LEGACY_FOLDER = "catalog";
    static final String LEGACY_PREVIOUS = "catalog.previous";
    static final String LEGACY_WRITING = "catalog.importing";
    /** A superseded version is kept this long after the pointer left it, for readers still loading it. */
    static final Duration KEEP_RETIRED = Duration.ofMinutes(10);
    /** However old, this many superseded versions are kept too. */
    static final int KEEP_RETIRED_COUNT = 2;
    static final String RETIRED_MARK = ".retired";
    private static final Pattern VERSION = Pattern.compile(Pattern.quote(VERSION_PREFIX) + "(\\d{1,9})");

    private UserCatalog() {}

    /** The folder of the user catalog in use under {@code dataDir}, or where it will be before the first import. */
    public static Path folder(Path dataDir) {
        String current = pointerTarget(dataDir);
        return current != null ? dataDir.resolve(current) : dataDir.resolve(LEGACY_FOLDER);
    }

    /** True when {@code dataDir} holds a user catalog (readable or not). */
    public static boolean exists(Path dataDir) {
        return Files.exists(dataDir.resolve(POINTER)) || isCatalog(dataDir.resolve(LEGACY_FOLDER))
                || isCatalog(dataDir.resolve(LEGACY_PREVIOUS));
    }

    /**
     * The user catalog if {@code dataDir} has one, else the shipped catalog. A user catalog that exists but
     * cannot be read is a {@link CatalogException} naming it: pricing silently with other prices would mislead.
     */
    public static PriceCatalog load(Path dataDir) {
        Path pointer = dataDir.resolve(POINTER);
        // one read decides both: an import that creates the first pointer between two looks made "no pointer"
        // followed by "a pointer that names nothing", and a reader failed on a whole catalog
        Pointer read = readPointer(dataDir);
        String current = read.target();
        if (current != null) {
            Path dir = dataDir.resolve(current);
            if (!isCatalog(dir))
                throw new CatalogException(pointer.toString(), "", "your imported prices are in " + dir
                        + ", which is missing or incomplete; import the prices again to rebuild it");
            return CatalogLoader.load(dir);
        }
        if (read.present())
            throw new CatalogException(pointer.toString(), "", "does not name a catalog folder (catalog.v<N>); "
                    + "import the prices again to rebuild it");
        if (isCatalog(dataDir.resolve(LEGACY_FOLDER))) return CatalogLoader.load(dataDir.resolve(LEGACY_FOLDER));
        if (isCatalog(dataDir.resolve(LEGACY_PREVIOUS))) return CatalogLoader.load(dataDir.resolve(LEGACY_PREVIOUS));
        return CatalogLoader.bundled();
    }

    /**
     * Makes {@code catalog} the user catalog of {@code dataDir}, all at once or not at all. The caller should
     * hold the {@link ImportLock} from before it read the catalog it changed; this takes it if not.
     */
    public static void replace(Path dataDir, PriceCatalog catalog) throws IOException {
        try (ImportLock lock = ImportLock.acquire(dataDir, ImportLock.DEFAULT_WAIT)) {
            if (lock == null) throw new IOException(ImportLock.busyMessage(dataDir));
            Files.createDirectories(dataDir);
            String previous = pointerTarget(dataDir);
            Path version = dataDir.resolve(VERSION_PREFIX + (newestVersion(dataDir, previous) + 1));
            deleteTree(version); // a leftover of a killed import with the same number
            try {
                CatalogWriter.write(catalog, version);
                Durable.forceTree(version);
                CatalogLoader.load(version); // what the pointer will name must read back
            } catch (IOException | RuntimeException e) {
                deleteTree(version);
                throw e;
            }
            pointTo(dataDir, version.getFileName().toString());
            retireOthers(dataDir, version.getFileName().toString());
        }
    }

    /** The version folder the pointer names, or null when there is no pointer or it is not one. */
    private static String pointerTarget(Path dataDir) { return readPointer(dataDir).target(); }

    /** The pointer as one read found it: whether the file is there, and the version folder it names (null: none). */
    private record Pointer(boolean present, String target) {}

    private static Pointer readPointer(Path dataDir) {
        try {
            byte[] bytes = Files.readAllBytes(dataDir.resolve(POINTER));
            if (bytes.length > 64) return new Pointer(true, null);
            String name = new String(bytes, StandardCharsets.UTF_8).strip();
            return new Pointer(true, VERSION.matcher(name).matches() ? name : null);
        } catch (NoSuchFileException e) {
            return new Pointer(false, null);
        } catch (IOException e) {
            throw new CatalogException(dataDir.resolve(POINTER).toString(), "", "cannot be read: " + e.getMessage());
        }
    }

    private static int newestVersion(Path dataDir, String current) throws IOException {
        int newest = current == null ? 0 : number(current);
        for (Path p : versions(dataDir)) newest = Math.max(newest, number(p.getFileName().toString()));
        return newest;
    }

    private static int number(String versionFolder) {
        Matcher m = VERSION.matcher(versionFolder);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static List<Path> versions(Path dataDir) throws IOException {
        try (Stream<Path> all = Files.list(dataDir)) {
            return all.filter(p -> VERSION.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)).toList();
        }
    }

    /** Replaces the pointer in one atomic rename, after its content and then the folder are on disk. */
    private static void pointTo(Path dataDir, String versionFolder) throws IOException {
        Path pointer = dataDir.resolve(POINTER);
        Path temp = dataDir.resolve("." + POINTER + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(java.nio.ByteBuffer.wrap((versionFolder + "\n").getBytes(StandardCharsets.UTF_8)));
                out.force(true);
            }
            try {
                Files.move(temp, pointer, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, pointer, StandardCopyOption.REPLACE_EXISTING);
            }
            Durable.forceFolder(dataDir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Marks every folder but the current one as superseded (now, if not marked before) and removes those
     * superseded long enough ago, keeping the newest few whatever their age.
     */
    private static void retireOthers(Path dataDir, String current) throws IOException {
        List<Path> candidates = new ArrayList<>(versions(dataDir));
        for (String legacy : List.of(LEGACY_FOLDER, LEGACY_PREVIOUS, LEGACY_WRITING))
            if (Files.isDirectory(dataDir.resolve(legacy))) candidates.add(dataDir.resolve(legacy));
        candidates.removeIf(p -> p.getFileName().toString().equals(current));
        candidates.sort(Comparator.comparingInt((Path p) -> number(p.getFileName().toString())).reversed());
        FileTime cutoff = FileTime.from(Instant.now().minus(KEEP_RETIRED));
        for (int i = 0; i < candidates.size(); i++) {
            Path p = candidates.get(i);
            Path mark = p.resolve(RETIRED_MARK);
            try {
                if (!Files.exists(mark)) Files.createFile(mark);
                boolean old = Files.getLastModifiedTime(mark).compareTo(cutoff) < 0;
                if (old && i >= KEEP_RETIRED_COUNT) deleteTree(p);
            } catch (IOException ignored) {
                // tidying up is best effort; the next import tries again
            }
        }
    }

    private static boolean isCatalog(Path dir) { return Files.isRegularFile(dir.resolve(CatalogFormat.CATALOG_FILE)); }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
