package dev.costbench.project;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Starts a {@code main} of the test classpath in its own JVM, as a second Costbench process would be. */
public final class ChildJvm {
    private ChildJvm() {}

    public static Process start(Class<?> main, List<String> jvmOptions, String... args) throws IOException {
        return start(System.getProperty("java.class.path"), main, jvmOptions, args);
    }

    public static Process start(String classPath, Class<?> main, List<String> jvmOptions, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath);
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads the child's output until a line equal to {@code expected}; fails if the child ends first. */
    public static BufferedReader awaitLine(Process child, String expected) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.equals(expected)) return out;
        }
        throw new IllegalStateException("the child JVM ended without printing " + expected);
    }

    /**
     * The test classpath with its class folders packed into one jar in {@code dir}: a JVM can keep the classes
     * of jars (not folders) in a shared archive, which makes each of hundreds of starts several times faster.
     */
    public static String jarredClassPath(Path dir) throws IOException {
        Path jar = dir.resolve("classes.jar");
        List<String> entries = new ArrayList<>();
        boolean jarAdded = false;
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Set<String> written = new HashSet<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path p = Path.of(entry);
                if (!Files.isDirectory(p)) {
                    entries.add(entry);
                    continue;
                }
                if (!jarAdded) {
                    entries.add(jar.toString());
                    jarAdded = true;
                }
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        String name = p.relativize(f).toString().replace(File.separatorChar, '/');
                        if (!written.add(name)) continue;
                        out.putNextEntry(new JarEntry(name));
                        Files.copy(f, out);
                        out.closeEntry();
                    }
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
