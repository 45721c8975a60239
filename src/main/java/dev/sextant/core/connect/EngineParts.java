package dev.sextant.core.connect;

import java.util.List;

/**
 * What an engine's package hands out, found at run time through {@code META-INF/services}, so that
 * no package names an engine's classes and each package asks only for the part it needs (such as
 * {@code SessionRules} or {@code DataTransfer}) through {@link Engine#part}. One of the parts says
 * which engine they are and what it supports ({@link EngineIdentity}: the engine's contract class).
 */
public interface EngineParts {

    /** The engine's implementations of the contract's interfaces, each asked for by its type. */
    List<Object> parts();

    /** The part that says which engine this is and what it supports. */
    default EngineIdentity identity() {
        return parts().stream().filter(EngineIdentity.class::isInstance).map(EngineIdentity.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(getClass().getName() + " lists no EngineIdentity"));
    }
}
