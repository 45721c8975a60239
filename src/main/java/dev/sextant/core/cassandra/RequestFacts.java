package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * How one CQL request was served, read back from the driver's execution info: the consistency
 * level the request went out with and the coordinator node that answered it.
 *
 * @param consistency the level, as CQL names it ({@code LOCAL_ONE}, {@code QUORUM})
 * @param coordinator the coordinator's address and port
 * @param datacenter  the coordinator's datacenter
 * @param warnings    what the server warned about (large batch, tombstones…)
 */
public record RequestFacts(String consistency, String coordinator, String datacenter, List<String> warnings) {

    public RequestFacts {
        warnings = List.copyOf(warnings);
    }

    static RequestFacts of(ExecutionInfo info, ConsistencyLevel configured) {
        ConsistencyLevel level = info.getRequest() instanceof Statement<?> statement
                && statement.getConsistencyLevel() != null ? statement.getConsistencyLevel() : configured;
        Node node = info.getCoordinator();
        String address = node == null ? "unknown" : address(node);
        String datacenter = node == null || node.getDatacenter() == null ? "unknown" : node.getDatacenter();
        return new RequestFacts(level.name(), address, datacenter, info.getWarnings());
    }

    /** {@code 127.0.0.1:9042}: host and port as the contact point named it (not resolved again). */
    private static String address(Node node) {
        if (node.getEndPoint().resolve() instanceof InetSocketAddress socket) {
            return socket.getHostString() + ":" + socket.getPort();
        }
        return node.getEndPoint().toString();
    }

    /** "consistency LOCAL_ONE · coordinator 127.0.0.1:9042 in datacenter1". */
    public String describe() {
        return "consistency " + consistency + " · coordinator " + coordinator + " in " + datacenter;
    }
}
