package dev.sextant.core.run;

import dev.sextant.core.connect.ClientCopy;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.BackgroundRunner;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One step of a {@link ScriptRun} that psql would take itself rather than send: a backslash
 * command ({@code \c}, {@code \d…}, {@code \copy}, {@code \i}, {@code \set}… through
 * {@link PsqlCommands}, {@link PsqlConnect}, {@link PsqlDescribe} and {@link PsqlCopy}) or a
 * {@code COPY … FROM STDIN} with its inline rows. It hands each result back to the run, which
 * goes on with the next statement.
 */
final class MetaCommandStep {

    private interface CopyWork { long run(ClientCopy copier, java.sql.Connection connection) throws Exception; }

    private final ScriptRun run;
    private final Supplier<EditorSession> session;
    private final BackgroundRunner runner;
    private final PsqlCommands psql = new PsqlCommands();
    /** The directory {@code \ir} reads relative to, for statements that came from an included file. */
    private final Map<SqlStatement, Path> includedFrom = new IdentityHashMap<>();
    private Path scriptDirectory;

    MetaCommandStep(ScriptRun run, Supplier<EditorSession> session, BackgroundRunner runner) {
        this.run = run;
        this.session = session;
        this.runner = runner;
    }

    PsqlCommands psql() {
        return psql;
    }

    void scriptDirectory(Path directory) {
        scriptDirectory = directory;
    }

    /** Runs the backslash command at {@code index} with psql's meaning, or says it was not sent. */
    void runPsqlCommand(int index, SqlStatement command, SessionStatus status) {
        boolean psqlServer = session.get().engine().speaksPsql();
        if (psqlServer && List.of("\\c", "\\connect").contains(command.psqlCommandName())) {
            connect(index, command, status);
            return;
        }
        Path here = includedFrom.getOrDefault(command, scriptDirectory);
        Optional<PsqlDescribe> describe = PsqlDescribe.of(command.psqlCommandName(),
                psql.variables().arguments(command.sql().substring(command.psqlCommandName().length())));
        if (psqlServer && describe.isPresent()) {
            run.send(index, describe.get().sql(), describe.get().values());
        } else if (psqlServer && command.psqlCommandName().equals("\\copy")) {
            copyFile(index, command, here);
        } else if (PsqlCommands.readsFile(command)) {
            runner.run(() -> psql.run(command, here), effect -> carryOut(index, effect, status),
                    error -> run.stopWith(Message.error("Line " + command.line() + ": " + error.getMessage(), null)));
        } else {
            carryOut(index, psql.run(command, here), status);
        }
    }

    private void carryOut(int index, PsqlCommands.Effect effect, SessionStatus status) {
        if (effect.failed() || effect.quit()) {
            run.listener().note(effect.message());
            run.listener().finished(effect.quit() ? index : 0);
            return;
        }
        if (effect.message() != null) {
            run.listener().note(effect.message());
        }
        Path from = effect.from() == null ? null : effect.from().getParent();
        effect.included().forEach(s -> includedFrom.put(s, from));
        run.insertAfter(index, effect.included());
        run.runFrom(index + 1, status);
    }

    /** psql's {@code \c db [user]}: refused while a transaction is open, whose work would be left behind. */
    private void connect(int index, SqlStatement command, SessionStatus status) {
        String name = command.psqlCommandName();
        if (status != null && status.hasOpenTransaction()) {
            run.stop("Line " + command.line() + ": " + name + " was not run: this tab has a transaction open; "
                    + "commit or roll back first.");
            return;
        }
        List<String> args = psql.variables().arguments(command.sql().substring(name.length()));
        SqlSession current = jdbcSession();
        runner.run(() -> PsqlConnect.open(current, args), switched -> {
            run.listener().switchedSession(switched.session());
            run.listener().note(Message.info(switched.where()));
            run.runFrom(index + 1, switched.status());
        }, error -> run.failedAt(index, error));
    }

    /**
     * psql's {@code \\copy}: the file read or written here, the rows through COPY on the tab's session,
     * as one step of its transaction (in manual mode the rows wait for Commit).
     */
    private void copyFile(int index, SqlStatement command, Path here) {
        Optional<PsqlCopy> copy = PsqlCopy.of(psql.variables().interpolate(command.sql().substring("\\copy".length())), here);
        if (copy.isEmpty()) {
            run.stopWith(Message.error("Line " + command.line() + ": \\copy needs a table, then from or to, then a file.", null));
            return;
        }
        PsqlCopy c = copy.get();
        copyStep(index, (copier, connection) -> c.incoming() ? copier.sendFile(connection, c.sql(), c.file())
                : copier.receiveFile(connection, c.sql(), c.file()), c.incoming());
    }

    /** pg_dump's {@code COPY … FROM stdin;} with its rows: sent through the COPY protocol, as psql does. */
    void copyIn(int index, String sql, String data) {
        copyStep(index, (copier, connection) -> copier.send(connection, sql, data), true);
    }

    /** psql's commands run only on engines that speak psql, whose sessions are JDBC ones. */
    private SqlSession jdbcSession() {
        if (session.get() instanceof SqlSession jdbc) {
            return jdbc;
        }
        throw new IllegalStateException("psql's commands need a PostgreSQL session.");
    }

    /** A COPY as one step of the tab's transaction; {@code changes} when its rows went into a table. */
    private void copyStep(int index, CopyWork copy, boolean changes) {
        long started = System.nanoTime();
        runner.run(() -> {
            SqlSession s = jdbcSession();
            ClientCopy copier = s.engine().required(ClientCopy.class);
            long rows = s.runAsOneStep(connection -> copy.run(copier, connection), n -> changes ? n : 0);
            return new ScriptRun.Step(List.of(new Outcome.UpdateCount("COPY", rows)), s.status());
        }, step -> run.next(index, step, started), error -> run.failedAt(index, error));
    }
}
