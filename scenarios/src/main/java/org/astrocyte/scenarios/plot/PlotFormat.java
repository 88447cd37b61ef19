package org.astrocyte.scenarios.plot;

import java.nio.file.Path;
import java.util.Locale;

/** The image formats a plot is written in, told apart by the file's extension. */
enum PlotFormat {
    /** A bitmap (Portable Network Graphics). */
    PNG,
    /** A vector drawing (Scalable Vector Graphics). */
    SVG;

    /** The format {@code file}'s extension names; anything but {@code .png} or {@code .svg} is rejected. */
    static PlotFormat of(Path file) {
        Path name = file.getFileName();
        String fileName = name == null ? "" : name.toString();
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case ".png" -> PNG;
            case ".svg" -> SVG;
            default -> throw new IllegalArgumentException("cannot write a plot as '"
                    + (extension.isEmpty() ? "(no extension)" : extension) + "' (" + file
                    + "): the file must end in .png or .svg");
        };
    }
}
