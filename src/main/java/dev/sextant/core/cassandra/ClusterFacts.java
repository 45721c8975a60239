package dev.sextant.core.cassandra;

import dev.sextant.core.text.Wording;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;

import java.util.List;

/**
 * What Test reports about a cluster, read from it: {@code system.local}'s release version and
 * cluster name, and the datacenters of the nodes the driver found.
 */
public record ClusterFacts(String releaseVersion, String clusterName, List<String> datacenters) {

    public ClusterFacts {
        datacenters = List.copyOf(datacenters);
    }

    static ClusterFacts of(CqlSession session) {
        Row local = session.execute("SELECT release_version, cluster_name FROM system.local").one();
        String version = local == null ? "unknown" : local.getString("release_version");
        String cluster = local == null ? "unknown" : local.getString("cluster_name");
        return new ClusterFacts(version, cluster, List.copyOf(CassandraConnect.datacenters(session)));
    }

    /** "Cassandra 5.0.9 · cluster sextant-test · datacenters datacenter1". */
    public String describe() {
        return "Cassandra " + releaseVersion + " · cluster " + clusterName + " · "
                + Wording.noun(datacenters.size(), "datacenter") + " " + String.join(", ", datacenters);
    }
}
