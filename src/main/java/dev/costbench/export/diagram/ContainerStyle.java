package dev.costbench.export.diagram;

import dev.costbench.model.ContainerKind;

import java.awt.Color;

/**
 * How each kind of container is drawn, after AWS's architecture-icon group styles: the AWS Cloud in a dark
 * outline, a Region dashed teal, a VPC purple, an Availability Zone dashed blue, a public subnet on green
 * and a private subnet on blue. {@code fill} is null for an open frame.
 */
public record ContainerStyle(Color line, Color fill, Color text, boolean dashed, String badge) {

    public static ContainerStyle of(ContainerKind kind) {
        return switch (kind) {
            case AWS_CLOUD -> new ContainerStyle(new Color(0x232F3E), null, new Color(0x232F3E), false, "aws");
            case REGION -> new ContainerStyle(new Color(0x00A4A6), null, new Color(0x007D7F), true, null);
            case VPC -> new ContainerStyle(new Color(0x8C4FFF), null, new Color(0x6B2FD9), false, "VPC");
            case AVAILABILITY_ZONE -> new ContainerStyle(new Color(0x147EBA), null, new Color(0x0F6A9E), true, null);
            case PUBLIC_SUBNET -> new ContainerStyle(new Color(0x7AA116), new Color(0xF2F8EA), new Color(0x3F6D0B), false, null);
            case PRIVATE_SUBNET -> new ContainerStyle(new Color(0x00A4A6), new Color(0xE6F6F7), new Color(0x00676A), false, null);
        };
    }

    /** The CSS colour ("#8C4FFF") of a Java2D colour, for the window's frames. */
    public static String css(Color c) { return String.format("#%06X", c.getRGB() & 0xFFFFFF); }
}
