package dev.sextant.ui.dialogs;

import dev.sextant.core.session.BoundValue;
import dev.sextant.ui.common.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Asks for a statement's bind parameters: one row per placeholder with a text field
 * {@code param<N>} and a type choice {@code paramType<N>} (Text, Number, NULL), N from 1.
 * The pane is {@code question} and the buttons {@code answerRun} / {@code answerCancel}, like
 * the other questions; Run stays disabled while a Number row does not hold a number.
 */
final class ParameterDialog {

    static final String TEXT = "Text";
    static final String NUMBER = "Number";
    static final String NULL = "NULL";

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final List<TextField> fields = new ArrayList<>();
    private final List<ChoiceBox<String>> types = new ArrayList<>();
    @FXML private GridPane rows;

    ParameterDialog(List<String> names) {
        dialog.setTitle("Sextant");
        dialog.setHeaderText(names.size() == 1 ? "This statement has a parameter." : "This statement has "
                + names.size() + " parameters.");
        dialog.getDialogPane().setId("question");
        dialog.getDialogPane().getButtonTypes().addAll(DialogQuestions.RUN, DialogQuestions.CANCEL);
        dialog.getDialogPane().lookupButton(DialogQuestions.RUN).setId("answerRun");
        dialog.getDialogPane().lookupButton(DialogQuestions.CANCEL).setId("answerCancel");
        dialog.getDialogPane().setContent(Views.load(this, "dialogs/ParameterDialog.fxml"));
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> false);
        for (int i = 0; i < names.size(); i++) {
            invalid = invalid.or(addRow(rows, i, names.get(i)));
        }
        dialog.getDialogPane().lookupButton(DialogQuestions.RUN).disableProperty().bind(invalid);
        if (!fields.isEmpty()) {
            dialog.setOnShown(e -> fields.get(0).requestFocus());
        }
    }

    /** Adds one placeholder's row; returns whether that row currently holds an unusable number. */
    private BooleanBinding addRow(GridPane grid, int index, String name) {
        TextField field = new TextField();
        field.setId("param" + (index + 1));
        field.setPrefColumnCount(24);
        ChoiceBox<String> type = new ChoiceBox<>();
        type.getItems().addAll(TEXT, NUMBER, NULL);
        type.setValue(TEXT);
        type.setId("paramType" + (index + 1));
        field.disableProperty().bind(type.valueProperty().isEqualTo(NULL));
        Label label = new Label(name);
        label.getStyleClass().add("parameter-name");
        grid.addRow(index, label, field, type);
        fields.add(field);
        types.add(type);
        return Bindings.createBooleanBinding(() -> NUMBER.equals(type.getValue())
                && !BoundValue.isNumber(field.getText()), type.valueProperty(), field.textProperty());
    }

    Optional<List<BoundValue>> ask(Window owner) {
        dialog.initOwner(owner);
        if (dialog.showAndWait().orElse(DialogQuestions.CANCEL) != DialogQuestions.RUN) {
            return Optional.empty();
        }
        List<BoundValue> values = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            String text = fields.get(i).getText();
            values.add(switch (types.get(i).getValue()) {
                case NUMBER -> BoundValue.number(text);
                case NULL -> BoundValue.nullValue();
                default -> BoundValue.text(text);
            });
        }
        return Optional.of(values);
    }
}
