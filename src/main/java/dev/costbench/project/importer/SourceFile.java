package dev.costbench.project.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a plan or diagram to import, with one line in the user's words when it cannot be read. */
public final class SourceFile {
    /** Larger than any plan or diagram of a design a person draws; a bigger file is almost surely the wrong file. */
    public static final long MAX_BYTES = 100L * 1024 * 1024;

    private SourceFile() {}

    public static String read(Path file) {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) throw new DesignImportException(name, null, "is a folder, not a file");
            if (Files.size(file) > MAX_BYTES)
                throw new DesignImportException(name, null, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB; is it the right file?");
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new DesignImportException(name, null, "the file is not there");
        } catch (AccessDeniedException e) {
            throw new DesignImportException(name, null, "cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new DesignImportException(name, null, "is not a text file (not UTF-8)");
        } catch (IOException e) {
            throw new DesignImportException(name, null, "cannot be read");
        }
    }
}
