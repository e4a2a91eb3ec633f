package dev.costbench.project.importer;

import dev.costbench.model.Project;
import dev.costbench.project.ProjectFile;
import dev.costbench.project.ProjectFileException;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An imported design passes the same reading rules as a saved one (it is read back from its own file text), so
 * an import never writes a file Costbench would refuse to open; a value out of range is reported at its source.
 */
public final class ImportCheck {
    private static final Pattern BLOCK = Pattern.compile("^\\$\\.scenarios\\[0]\\.blocks\\[(\\d+)](.*)$");

    private ImportCheck() {}

    /** The project as read back from its file text; {@code placeOf} names a block's source for a message. */
    public static Project checked(Project project, String file, UnaryOperator<String> placeOf) {
        try {
            return ProjectFile.parse(ProjectFile.toJson(project), file);
        } catch (ProjectFileException e) {
            String path = e.path();
            Matcher m = path == null ? null : BLOCK.matcher(path);
            String place = path;
            if (m != null && m.matches()) {
                String id = project.scenarios().getFirst().blocks().get(Integer.parseInt(m.group(1))).id();
                place = placeOf.apply(id) + (m.group(2).isEmpty() ? "" : " (" + m.group(2).substring(1) + ")");
            }
            throw new DesignImportException(file, place, "cannot become a block: " + e.problem());
        }
    }
}
