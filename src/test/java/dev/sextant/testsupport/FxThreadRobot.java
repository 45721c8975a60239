package dev.sextant.testsupport;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.service.query.NodeQuery;
import org.testfx.service.query.PointQuery;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A robot that finds where to click on the FX thread. TestFX's own {@code clickOn("#id")} measures
 * the node's bounds on the test thread while the FX thread may be laying the same text out;
 * JavaFX's text layout is not thread-safe, and the suite once saw it break
 * ({@code NegativeArraySizeException} in {@code PrismTextLayout.createLine}), taking the window
 * down for every test after. Here every query and every bounds are read on the FX thread, and
 * the robot is handed a fixed point on the screen.
 */
public class FxThreadRobot extends FxRobot {

    /**
     * The nodes matching {@code query}, found on the FX thread: walking the scene graph from the
     * test thread while the FX thread adds a grid's cells failed (an IndexOutOfBoundsException in
     * {@code Parent.lookupAll}, GridRobotTest, during Fetch all). The query then holds those nodes.
     */
    @Override
    public NodeQuery lookup(String query) {
        if (Platform.isFxApplicationThread()) {
            return super.lookup(query);
        }
        java.util.Set<Node> found = onFxThread(() -> super.lookup(query).queryAll());
        return from(found);
    }

    @Override
    public FxRobot clickOn(String query, Motion motion, MouseButton... buttons) {
        return clickOn(centreOf(query), motion, buttons);
    }

    @Override
    public FxRobot doubleClickOn(String query, Motion motion, MouseButton... buttons) {
        return doubleClickOn(centreOf(query), motion, buttons);
    }

    @Override
    public FxRobot rightClickOn(String query, Motion motion) {
        return rightClickOn(centreOf(query), motion);
    }

    @Override
    public FxRobot moveTo(String query, Motion motion) {
        return moveTo(centreOf(query), motion);
    }

    @Override
    public FxRobot drag(String query, MouseButton... buttons) {
        return drag(centreOf(query), buttons);
    }

    @Override
    public PointQuery point(String query) {
        return point(centreOf(query));
    }

    @Override
    public PointQuery point(Node node) {
        return point(onFxThread(() -> centre(node)));
    }

    @Override
    public FxRobot clickOn(Node node, Motion motion, MouseButton... buttons) {
        return clickOn(point(node), motion, buttons);
    }

    @Override
    public FxRobot doubleClickOn(Node node, Motion motion, MouseButton... buttons) {
        return doubleClickOn(point(node), motion, buttons);
    }

    @Override
    public FxRobot rightClickOn(Node node, Motion motion) {
        return rightClickOn(point(node), motion);
    }

    @Override
    public FxRobot moveTo(Node node, Pos position, Point2D offset, Motion motion) {
        return moveTo(onFxThread(() -> {
            targetWindow(node.getScene().getWindow());
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            double x = switch (position.getHpos()) {
                case LEFT -> b.getMinX();
                case RIGHT -> b.getMaxX();
                default -> b.getCenterX();
            };
            double y = switch (position.getVpos()) {
                case TOP -> b.getMinY();
                case BOTTOM -> b.getMaxY();
                default -> b.getCenterY();
            };
            return new Point2D(x + offset.getX(), y + offset.getY());
        }), motion);
    }

    /** The centre on screen of the first visible node matching {@code query}, as TestFX would pick it. */
    private Point2D centreOf(String query) {
        return onFxThread(() -> {
            Node node = lookup(query).match(NodeQueryUtils.isVisible()).tryQuery()
                    .orElseThrow(() -> new IllegalStateException("no visible node for " + query));
            return centre(node);
        });
    }

    /** Like TestFX's own point(node), also makes the node's window the one typed keys go to. */
    private Point2D centre(Node node) {
        targetWindow(node.getScene().getWindow());
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Point2D(b.getCenterX(), b.getCenterY());
    }

    private static <T> T onFxThread(Callable<T> work) {
        // Let a window just shown finish its layout and placement first: the point must be where it will stay.
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(work).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }
}
