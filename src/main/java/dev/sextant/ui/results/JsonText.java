package dev.sextant.ui.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks typed JSON with Jackson before it is kept, so a missing brace never reaches the server. */
final class JsonText {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonText() {
    }

    /** Why {@code text} is not JSON (Jackson's first line), or null when it is. */
    static String problem(String text) {
        try {
            JSON.readTree(text);
            return null;
        } catch (JsonProcessingException e) {
            return "Not JSON: " + e.getOriginalMessage();
        }
    }
}
