package dev.sextant.ui.tree;

import dev.sextant.core.admin.GrantTarget;
import dev.sextant.core.admin.NewDatabase;
import dev.sextant.core.admin.NewRole;
import dev.sextant.core.admin.Privilege;
import dev.sextant.core.admin.PrivilegeHolder;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administration forms' view models, without a window: what each asks the server for. */
class AdminFormModelsTest {

    @Test
    void createDatabaseNeedsANameAndLeavesBlankFieldsToTheServer() {
        NewDatabaseModel model = new NewDatabaseModel();
        assertFalse(model.completeProperty().get());
        model.nameProperty().set("   ");
        assertFalse(model.completeProperty().get(), "spaces are not a name");
        model.nameProperty().set(" shop ");
        model.ownerProperty().set(" rose ");
        model.encodingProperty().set("");
        assertTrue(model.completeProperty().get());
        assertEquals(new NewDatabase("shop", "rose", null, null), model.request());
    }

    @Test
    void createDatabaseOffersUtf8() {
        NewDatabaseModel model = new NewDatabaseModel();
        model.nameProperty().set("shop");
        assertEquals("UTF8", model.request().encoding());
    }

    @Test
    void dropDatabaseWaitsForTheExactNameAndOffersForceOnlyWithOtherSessions() {
        DropDatabaseModel alone = new DropDatabaseModel("shop", 0);
        assertEquals("Drop database shop?", alone.header());
        assertEquals("No other session is connected to it.", alone.note());
        assertFalse(alone.forceOffered());
        alone.forceProperty().set(true);
        alone.typedProperty().set("sho");
        assertFalse(alone.confirmedProperty().get());
        alone.typedProperty().set("shop");
        assertTrue(alone.confirmedProperty().get());
        assertFalse(alone.disconnectOthers(), "never forced when nobody else was there to disconnect");

        DropDatabaseModel busy = new DropDatabaseModel("shop", 2);
        assertTrue(busy.note().startsWith("2 other sessions are connected to it;"), busy.note());
        assertTrue(new DropDatabaseModel("shop", 1).note().startsWith("1 other session is connected"));
        assertTrue(busy.forceOffered());
        busy.typedProperty().set("SHOP");
        assertFalse(busy.confirmedProperty().get(), "the name as the server spells it");
        busy.forceProperty().set(true);
        assertTrue(busy.disconnectOthers());
    }

    @Test
    void createRoleKeepsTheAttributesAndNoEmptyPassword() {
        NewRoleModel model = new NewRoleModel();
        model.nameProperty().set(" reader ");
        model.createDatabaseProperty().set(true);
        AdminDialogs.RoleRequest none = model.request(new char[0]);
        assertEquals(new NewRole("reader", true, true, true), none.role());
        assertNull(none.password());
        char[] secret = "s3cret".toCharArray();
        assertArrayEquals("s3cret".toCharArray(), model.request(secret).password());
        model.loginProperty().set(false);
        model.inheritProperty().set(false);
        assertEquals(new NewRole("reader", false, true, false), model.request(null).role());
    }

    @Test
    void grantPresetsTickExactlyTheTutorialsPrivilegesAndNothingTickedAsksNothing() {
        GrantModel model = new GrantModel(GrantTarget.table("dq", "public", "items"), Privilege.forTables(),
                FXCollections.observableArrayList("rose"));
        assertEquals("Grant or revoke on " + GrantTarget.table("dq", "public", "items").sql(), model.header());
        assertTrue(model.presetsOffered());
        model.roleProperty().set(" writer ");
        assertTrue(model.completeProperty().get());
        assertEquals(Optional.empty(), model.request(), "nothing ticked");

        model.ticks().get(Privilege.TRUNCATE).set(true);
        model.preset(AdminDialogs.READ_WRITE);
        assertEquals(Optional.of(new AdminDialogs.GrantRequest("writer", AdminDialogs.READ_WRITE, true)), model.request());
        model.preset(AdminDialogs.READ_ONLY);
        model.revokeProperty().set(true);
        assertEquals(Optional.of(new AdminDialogs.GrantRequest("writer", EnumSet.of(Privilege.SELECT), false)),
                model.request());
    }

    @Test
    void aDatabaseGetsNoRowPresets() {
        GrantModel model = new GrantModel(GrantTarget.database("dq"), Privilege.forDatabases(),
                FXCollections.observableArrayList());
        assertFalse(model.presetsOffered());
        assertEquals(List.copyOf(Privilege.forDatabases()), List.copyOf(model.ticks().keySet()));
        model.roleProperty().set("  ");
        assertFalse(model.completeProperty().get());
    }

    @Test
    void privilegesAreListedOneLinePerRoleInTheServersOrder() {
        assertEquals("Only the owner.", PrivilegesText.of(List.of()));
        assertEquals("rose: SELECT, INSERT\nadmin: SELECT", PrivilegesText.of(List.of(
                new PrivilegeHolder("rose", "SELECT", "postgres", false),
                new PrivilegeHolder("rose", "INSERT", "postgres", false),
                new PrivilegeHolder("admin", "SELECT", "postgres", true))));
    }
}
