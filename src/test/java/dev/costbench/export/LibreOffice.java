package dev.costbench.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs LibreOffice headless on a private profile that recalculates every formula when it loads an xlsx
 * (its default keeps the cached values, which would hide a broken formula), and converts the file to
 * xlsx (recalculated) or pdf.
 */
public final class LibreOffice {
    private static final String RECALC_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
            </oor:items>
            """;

    private LibreOffice() {}

    public static boolean installed() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, "soffice"))) return true;
        return false;
    }

    /** Opens {@code file} in LibreOffice, recalculates it and saves it as xlsx into {@code outDir}. */
    public static Path recalculate(Path file, Path outDir) throws IOException, InterruptedException {
        return convert(file, outDir, "xlsx", true);
    }

    /**
     * Recalculates every file in one LibreOffice run (starting LibreOffice is most of the time a conversion takes),
     * saving each as xlsx into {@code outDir}; returns the outputs in the order of {@code files}.
     */
    public static List<Path> recalculateAll(List<Path> files, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<Path> outs = new ArrayList<>(files.size());
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
            if (out.toAbsolutePath().equals(f.toAbsolutePath()))
                throw new IllegalArgumentException("converting " + f + " into its own folder would overwrite it");
            Files.deleteIfExists(out);
            outs.add(out);
        }
        Path profile = Files.createTempDirectory("costbench-lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALC_ALWAYS);
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nologo", "--convert-to", "xlsx", "--outdir", outDir.toString()));
        for (Path f : files) cmd.add(f.toString());
        Path log = profile.resolve("convert.log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice did not finish converting " + files.size() + " files within 600 s");
            }
            for (Path out : outs)
                if (p.exitValue() != 0 || !Files.exists(out))
                    throw new IOException("LibreOffice could not convert into " + out + " (exit " + p.exitValue() + "): "
                            + Files.readString(log));
            return outs;
        } finally {
            deleteTree(profile);
        }
    }

    /** Opens and saves {@code file} as a user's LibreOffice would, with its default settings (no forced recalculation). */
    public static Path openAsIs(Path file, Path outDir) throws IOException, InterruptedException {
        return convert(file, outDir, "xlsx", false);
    }

    public static Path toPdf(Path file, Path outDir) throws IOException, InterruptedException {
        return convert(file, outDir, "pdf", true);
    }

    private static Path convert(Path file, Path outDir, String format, boolean recalcAlways) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        String name = file.getFileName().toString();
        Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format);
        if (out.toAbsolutePath().equals(file.toAbsolutePath()))
            throw new IllegalArgumentException("converting " + file + " into its own folder would overwrite it");
        Path profile = Files.createTempDirectory("costbench-lo-profile");
        Files.createDirectories(profile.resolve("user"));
        if (recalcAlways) Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALC_ALWAYS);
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nologo", "--convert-to", format, "--outdir", outDir.toString(), file.toString()));
        Files.deleteIfExists(out);
        Path log = profile.resolve("convert.log");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice did not finish converting " + file + " within 300 s");
            }
            if (p.exitValue() != 0 || !Files.exists(out))
                throw new IOException("LibreOffice could not convert " + file + " (exit " + p.exitValue() + "): "
                        + Files.readString(log));
            return out;
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
