package dev.sextant.core.plan;

/** A plan Sextant will not ask for, with the reason in one plain sentence for the user. */
public final class PlanRefusedException extends Exception {

    public PlanRefusedException(String sentence) {
        super(sentence);
    }
}
