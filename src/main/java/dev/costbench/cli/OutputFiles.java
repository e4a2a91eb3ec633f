package dev.costbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a command is asked to write, checked before anything is read or written: each in a folder that exists,
 * none a folder, none the design being read (which the output would replace), and no two the same file (the second
 * would replace the first).
 */
final class OutputFiles {
    private OutputFiles() {}

    /** {@code outputs} (nulls skipped) written from {@code design}; a {@link BadInputException} for the first that cannot be. */
    static void check(Path design, List<Path> outputs) {
        List<Path> seen = new ArrayList<>();
        for (Path out : outputs) {
            if (out == null) continue;
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.exists(folder))
                throw new BadInputException("cannot write " + out + ": the folder " + folder + " does not exist");
            if (!Files.isDirectory(folder)) throw new BadInputException("cannot write " + out + ": " + folder + " is a file, not a folder");
            if (Files.isDirectory(out)) throw new BadInputException("cannot write " + out + ": it is a folder");
            if (design != null && same(design, out))
                throw new BadInputException("cannot write " + out + ": it is the design being read, which it would replace");
            for (Path earlier : seen)
                if (same(earlier, out)) throw new BadInputException("cannot write " + out + " twice: give each output its own file");
            seen.add(out);
        }
    }

    /** Whether two paths name the same file (through links, when it exists). */
    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // unreadable: compared by name below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
