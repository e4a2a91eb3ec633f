package dev.costbench.export.diagram;

import dev.costbench.model.Container;

/** A container's label as the diagram and the canvas write it: its name, then its zone or address range. */
public final class ContainerLabel {
    private ContainerLabel() {}

    public static String of(Container c) {
        StringBuilder s = new StringBuilder(c.name());
        if (c.zone() != null && !c.name().contains(c.zone())) s.append(" · ").append(c.zone());
        if (c.cidr() != null) s.append(" · ").append(c.cidr());
        return s.toString();
    }
}
