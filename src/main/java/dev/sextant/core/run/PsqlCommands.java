package dev.sextant.core.run;

import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The psql meta-commands a script run honours with psql's meaning ({@code \set}, {@code \echo},
 * {@code \q}, {@code \timing}, {@code \x}, {@code \i} / {@code \ir}), and what the run must do for each.
 * The rest keep being reported as not sent, with their line.
 */
public final class PsqlCommands {

    /**
     * What a meta-command asks of the run.
     *
     * @param message  what to show in messages (may be null)
     * @param quit     whether the script ends here ({@code \q})
     * @param included statements to run in place of the command ({@code \i}), else empty
     * @param from     the file they come from (null when none)
     * @param failed   whether the message is an error that stops the run
     */
    public record Effect(Message message, boolean quit, List<SqlStatement> included, Path from, boolean failed) {
        static Effect say(Message message) {
            return new Effect(message, false, List.of(), null, false);
        }
    }

    private final PsqlVariables variables = new PsqlVariables();
    private RecordDisplay display;
    private boolean timing;

    /** Commands whose {@code \x} sets a display of the run's own, forgotten when it ends. */
    public PsqlCommands() {
        this(new RecordDisplay());
    }

    /** Commands whose {@code \x} sets {@code display}, the tab's, which outlives the run. */
    public PsqlCommands(RecordDisplay display) {
        this.display = display;
    }

    /** From now on {@code \x} sets {@code display} (the tab's) instead. */
    public void showRecordsBy(RecordDisplay display) {
        this.display = display;
    }

    public PsqlVariables variables() {
        return variables;
    }

    /** Whether {@code \timing} is on: each statement's time follows its outcome. */
    public boolean timing() {
        return timing;
    }

    /** With {@code \\timing} on, the time since {@code startedNanos} in psql's own wording and precision, so the two compare. */
    public java.util.Optional<Message> timeSince(long startedNanos) {
        return timing ? java.util.Optional.of(Message.info(String.format(Locale.ROOT, "Time: %.3f ms",
                (System.nanoTime() - startedNanos) / 1e6))) : java.util.Optional.empty();
    }

    /**
     * Carries out {@code command} (a psql meta-command line); {@code here} is the directory
     * {@code \ir} reads relative to, the script's own. Reading an included file is I/O: call it
     * off the FX thread when the command is {@code \i} or {@code \ir} ({@link #readsFile}).
     */
    public Effect run(SqlStatement command, Path here) {
        String name = command.psqlCommandName();
        List<String> args = variables.arguments(command.sql().substring(name.length()));
        String where = "Line " + command.line() + ": ";
        switch (name) {
            case "\\set" -> {
                if (args.isEmpty()) {
                    return Effect.say(Message.info(where + "\\set without a name lists variables in psql; nothing to do here."));
                }
                variables.set(args.get(0), String.join("", args.subList(1, args.size())));
                return Effect.say(null);
            }
            case "\\echo" -> {
                return Effect.say(Message.info(String.join(" ", args)));
            }
            case "\\q", "\\quit" -> {
                return new Effect(Message.info(where + "\\q ends the script here."), true, List.of(), null, false);
            }
            case "\\timing" -> {
                String wanted = args.isEmpty() ? "" : args.get(0).toLowerCase(Locale.ROOT);
                timing = wanted.isEmpty() ? !timing : wanted.equals("on");
                return Effect.say(Message.info("Timing is " + (timing ? "on." : "off.")));
            }
            case "\\x" -> {
                return Effect.say(display.apply(args, command.line()));
            }
            case "\\i", "\\include", "\\ir", "\\include_relative" -> {
                return include(command, args, name.startsWith("\\ir") || name.endsWith("relative") ? here : null, where);
            }
            default -> {
                return Effect.say(Message.info(where + name + " is a psql command, not SQL; it was not sent."));
            }
        }
    }

    /** Whether {@code command} reads a file (and so must run off the FX thread). */
    public static boolean readsFile(SqlStatement command) {
        return List.of("\\i", "\\include", "\\ir", "\\include_relative").contains(command.psqlCommandName());
    }

    /** The file {@code \i} names, relative to the working directory, or {@code \ir}'s to {@code relativeTo}. */
    public static Path resolve(String file, Path relativeTo) {
        Path path = Path.of(file);
        return relativeTo == null || path.isAbsolute() ? path.toAbsolutePath() : relativeTo.resolve(path).toAbsolutePath();
    }

    private Effect include(SqlStatement command, List<String> args, Path relativeTo, String where) {
        if (args.isEmpty()) {
            return new Effect(Message.error(where + command.psqlCommandName() + " needs a file name.", null), false, List.of(), null, true);
        }
        Path file = resolve(args.get(0), relativeTo);
        try {
            List<SqlStatement> statements = ScriptSplitter.split(Files.readString(file, StandardCharsets.UTF_8));
            return new Effect(Message.info(where + "running " + file + " (" + statements.size() + " statements)."),
                    false, statements, file, false);
        } catch (IOException | RuntimeException e) {
            return new Effect(Message.error(where + "could not read " + file + ".", String.valueOf(e.getMessage())),
                    false, List.of(), null, true);
        }
    }
}
