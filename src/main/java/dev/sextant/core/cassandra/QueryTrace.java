package dev.sextant.core.cassandra;

import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.result.ResultColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A request's trace as Cassandra recorded it in {@code system_traces}: what each node did and
 * when, in microseconds from the request's start on that node.
 *
 * @param request     the server's name for the request ("Execute CQL3 query")
 * @param durationMicros the whole request on the coordinator
 * @param parameters  what the coordinator recorded of it (query, consistency_level, page_size…)
 * @param events      the steps, in order
 */
public record QueryTrace(String request, int durationMicros, Map<String, String> parameters, List<Event> events) {

    /** One step: what happened, on which node, how long after that node began the request. */
    public record Event(String activity, String source, int elapsedMicros, String thread) {
    }

    public QueryTrace {
        parameters = Map.copyOf(parameters);
        events = List.copyOf(events);
    }

    static QueryTrace of(com.datastax.oss.driver.api.core.cql.QueryTrace trace) {
        List<Event> events = new ArrayList<>();
        for (var event : trace.getEvents()) {
            String source = event.getSourceAddress() == null ? "unknown"
                    : event.getSourceAddress().getAddress().getHostAddress();
            events.add(new Event(event.getActivity(), source,
                    event.getSourceElapsedMicros(), event.getThreadName()));
        }
        return new QueryTrace(trace.getRequestType(), trace.getDurationMicros(), trace.getParameters(), events);
    }

    /** The events as a result, for a result tab of their own. */
    public QueryResult asResult() {
        List<ResultColumn> columns = List.of(new ResultColumn("activity", "text", false),
                new ResultColumn("source", "inet", false), new ResultColumn("source_elapsed µs", "int", true),
                new ResultColumn("thread", "text", false));
        List<Object[]> rows = new ArrayList<>();
        for (Event event : events) {
            rows.add(new Object[] {event.activity(), event.source(), event.elapsedMicros(), event.thread()});
        }
        return new QueryResult(columns, CompactRows.of(columns.size(), rows), false);
    }
}
