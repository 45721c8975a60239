package dev.sextant.core.requery;

/** A filter that cannot be read; the message is one plain sentence saying what to write instead. */
public final class FilterException extends Exception {

    public FilterException(String sentence) {
        super(sentence);
    }
}
