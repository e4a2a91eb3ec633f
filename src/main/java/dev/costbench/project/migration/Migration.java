package dev.costbench.project.migration;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step that rewrites a design file's JSON tree from schema version {@link #from()} to the next, before
 * the file is read. A step works on the tree, not on the model, so it sees the file exactly as the older
 * Costbench wrote it.
 */
public interface Migration {
    /** The schema version this step reads; it leaves the tree in version {@code from() + 1}. */
    int from();

    /** What the step changes, in a line, e.g. for a note when an old file is opened. */
    String summary();

    void upgrade(ObjectNode root);
}
