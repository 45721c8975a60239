package dev.sextant.ui.results;

import dev.sextant.core.run.Message;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The {@code messages} list of a tab: each line wrapped to the list's width (an error is read
 * whole, not cut), and the newest line kept in view as a run adds them.
 */
public final class MessageList {

    /** Room for the vertical scroll bar and the list's border, so a wrapped line never scrolls sideways. */
    private static final double SCROLLBAR_ROOM = 20;

    private MessageList() {
    }

    public static void show(ListView<Message> list, ObservableList<Message> messages) {
        list.setItems(messages);
        list.setCellFactory(view -> new MessageCell(view));
        list.setPlaceholder(new Label("Messages, update counts and errors appear here."));
        new FollowNewest(list).listenTo(messages);
    }

    /**
     * Scrolls to the newest line once the list's skin has counted it: the skin hears of an added
     * line after this listener and counts it on layout, so the scroll waits for the next FX event
     * (once for a burst of lines) and lays the list out first.
     */
    private static final class FollowNewest {
        private final ListView<Message> list;
        private boolean pending;

        FollowNewest(ListView<Message> list) {
            this.list = list;
        }

        void listenTo(ObservableList<Message> messages) {
            messages.addListener((ListChangeListener<Message>) change -> {
                if (!pending && !messages.isEmpty()) {
                    pending = true;
                    Platform.runLater(this::scroll);
                }
            });
        }

        private void scroll() {
            pending = false;
            int last = list.getItems().size() - 1;
            if (last < 0) {
                return;
            }
            list.layout(); // the skin counts the new lines here; scrolling before would stop at the old end
            // The list's own scrollTo puts the line at the top, which at the end left the last line just
            // below the view (measured: 41 lines, position 0.974); the flow's end is the end.
            if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(last);
                flow.setPosition(1);
            } else {
                list.scrollTo(last);
            }
        }
    }

    /** A message line: an icon by kind, the sentence wrapped, and the details in a tooltip. */
    private static final class MessageCell extends ListCell<Message> {

        MessageCell(ListView<Message> list) {
            setWrapText(true);
            // As wide as the list shows, so the text wraps there and the list measures the wrapped height.
            prefWidthProperty().bind(list.widthProperty().subtract(SCROLLBAR_ROOM));
            setMinWidth(0);
        }

        @Override
        protected void updateItem(Message message, boolean empty) {
            super.updateItem(message, empty);
            getStyleClass().removeAll("message-error", "message-notice", "message-info");
            if (empty || message == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            setText(message.text());
            getStyleClass().add("message-" + message.kind().name().toLowerCase());
            setGraphic(new FontIcon(switch (message.kind()) {
                case ERROR -> "fth-alert-circle";
                case NOTICE -> "fth-bell";
                case INFO -> "fth-info";
            }));
            setTooltip(message.detail() == null ? null : new Tooltip(message.detail()));
        }
    }
}
