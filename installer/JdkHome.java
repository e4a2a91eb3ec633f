import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Run by the installer build with the JDK maven-toolchains-plugin chose (Maven itself may run on an older one):
 * writes that JDK's folder, for jlink and jpackage, and the Java options its runtime needs for a quiet start.
 */
public class JdkHome {
    public static void main(String[] args) throws IOException {
        Properties p = new Properties();
        p.setProperty("installer.jdk", System.getProperty("java.home"));
        // JDK 23+ warns when JavaFX 21 uses sun.misc.Unsafe; JDK 21 and 22 do not know the option that allows it
        p.setProperty("installer.unsafe.option", Runtime.version().feature() >= 23 ? "--sun-misc-unsafe-memory-access=allow" : "");
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]))) {
            p.store(out, "the JDK that builds the installer");
        }
    }
}
