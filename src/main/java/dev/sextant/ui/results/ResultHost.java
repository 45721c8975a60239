package dev.sextant.ui.results;

import dev.sextant.core.run.Message;
import dev.sextant.ui.common.TabSession;
import javafx.collections.ObservableList;

/**
 * What sorting and filtering on the server and "show rows" ask of an editor tab beyond its
 * session: its list of results (a re-run takes its result's place; written rows get a tab of
 * their own) and its messages (where every error of the tab is read).
 */
public interface ResultHost extends TabSession {

    ObservableList<ResultSheet> results();

    ObservableList<Message> messages();
}
