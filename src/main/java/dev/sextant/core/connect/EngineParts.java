package dev.sextant.core.connect;

import java.util.List;

/**
 * What an engine's package hands out, found at run time through {@code META-INF/services}, so that
 * no package names an engine's classes and each package asks only for the part it needs (such as
 * {@code SessionRules} or {@code DataTransfer}) through {@link Engine#part}.
 */
public interface EngineParts {

    /** The engine these parts belong to. */
    Engine id();

    /** What the engine supports. */
    Capabilities capabilities();

    /** The engine's implementations of the contract's interfaces, each asked for by its type. */
    List<Object> parts();
}
