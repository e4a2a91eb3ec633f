package dev.costbench.project;

import dev.costbench.bench.SyntheticDesign;
import dev.costbench.model.Project;

import java.nio.file.Path;
import java.util.List;

/**
 * The process the crash test kills: saves two versions of a large design over the same file, one after the
 * other, as fast as it can, until it is killed. Prints "saving" once the loop starts. With {@code --warm-up-only}
 * it serializes once and exits normally, which is when the JVM writes its shared class archive.
 */
public final class CrashingSaver {
    static Project version(int which, int blocks) {
        return new Project("Crash test v" + which, List.of(SyntheticDesign.generate(blocks, which)));
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int blocks = Integer.parseInt(args[1]);
        Project[] versions = {version(1, blocks), version(2, blocks)};
        // the first serialization loads and initializes the JSON classes: done before the kills may start
        ProjectFile.toJson(versions[1]);
        if (args.length > 2 && args[2].equals("--warm-up-only")) return;
        System.out.println("saving");
        System.out.flush();
        for (int i = 1; ; i++) ProjectFile.write(versions[i % 2], file);
    }
}
