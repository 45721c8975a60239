package dev.sextant.ui.editor;

import dev.sextant.core.result.QueryResult;

/** A result shown in its own tab of {@code resultTabs}. */
public record ResultSheet(String title, QueryResult result) {
}
