package dev.sextant.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * A small modal form for the tree's administration commands (create database, create role,
 * grant…): labelled fields in a grid, an action button and Cancel (a {@link #notice} has Close only). Each control gets the id the
 * caller names, the dialog pane {@code form}, the buttons {@code formOk} and {@code formCancel},
 * so robot tests can fill it in.
 */
public final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final ButtonType ok;
    private int row;

    public FormDialog(String title, String header, String action) {
        this(title, header, new ButtonType(action, ButtonBar.ButtonData.OK_DONE), true);
    }

    /** A form that only tells (who holds which privilege): one Close button, no Cancel beside it. */
    public static FormDialog notice(String title, String header) {
        return new FormDialog(title, header, ButtonType.CLOSE, false);
    }

    private FormDialog(String title, String header, ButtonType ok, boolean cancellable) {
        this.ok = ok;
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().add(ok);
        dialog.getDialogPane().setId("form");
        dialog.getDialogPane().lookupButton(ok).setId("formOk");
        if (cancellable) {
            dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
            dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("formCancel");
        }
        grid.setHgap(10);
        grid.setVgap(8);
        dialog.getDialogPane().setContent(grid);
    }

    /** For a question whose action cannot be undone (a drop): Enter answers Cancel. */
    public void cancelIsDefault() {
        SafeAnswer.cancelIsDefault(dialog.getDialogPane());
    }

    public TextField text(String id, String label, String initial) {
        TextField field = new TextField(initial);
        field.setId(id);
        field.setPrefColumnCount(24);
        add(label, field);
        return field;
    }

    public PasswordField password(String id, String label) {
        PasswordField field = new PasswordField();
        field.setId(id);
        add(label, field);
        return field;
    }

    public CheckBox check(String id, String label, boolean initial) {
        CheckBox box = new CheckBox(label);
        box.setId(id);
        box.setSelected(initial);
        grid.add(box, 1, row++);
        return box;
    }

    public void note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(420);
        grid.add(label, 0, row++, 2, 1);
    }

    /** A field that offers {@code items} (they may arrive later) and still takes any typed text. */
    public ComboBox<String> editableChoice(String id, String label, ObservableList<String> items) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        add(label, box);
        return box;
    }

    /** Any other control, such as a row of preset buttons, beside its label. */
    public void row(String label, javafx.scene.Node node) {
        add(label, node);
    }

    private void add(String label, javafx.scene.Node field) {
        grid.add(new Label(label), 0, row);
        grid.add(field, 1, row++);
    }

    /** The action button, so a form can stay disabled until it is filled in properly. */
    public javafx.scene.Node okButton() {
        return dialog.getDialogPane().lookupButton(ok);
    }

    /** Shows the form; true when the user pressed the action button. */
    public boolean ask(Window owner) {
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }
}
