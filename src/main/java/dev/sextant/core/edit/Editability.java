package dev.sextant.core.edit;

/** Whether the grid may change a result's rows, and if not, the one sentence that says why. */
public sealed interface Editability {

    record Editable(EditTarget target) implements Editability {
    }

    record ReadOnly(String reason) implements Editability {
    }

    static Editability readOnly(String reason) {
        return new ReadOnly("read-only: " + reason);
    }
}
