package dev.sextant.core.cassandra;

import dev.sextant.core.session.PlainError;
import dev.sextant.testsupport.TestCassandra;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Connecting: contact points as typed, Test's report, and a wrong local datacenter explained. */
class CassandraConnectTest {

    @Test
    void contactPointsTakeTheirOwnPortOrTheDefault() {
        CassandraSpec spec = new CassandraSpec(" db1:9142, db2 ,[::1]:9043,[fe80::1]", 0, "", "", "", null);
        assertEquals(List.of(InetSocketAddress.createUnresolved("db1", 9142),
                        InetSocketAddress.createUnresolved("db2", 9042),
                        InetSocketAddress.createUnresolved("::1", 9043),
                        InetSocketAddress.createUnresolved("fe80::1", 9042)),
                spec.addresses());
        assertEquals("datacenter1", spec.datacenter());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> CassandraSpec.of("db1:port", 9042).addresses());
        assertEquals("The port of the contact point db1:port is not a number from 1 to 65535.", bad.getMessage());
    }

    @Test
    void testReportsTheReleaseVersionAndTheDatacenters() {
        ClusterFacts facts = CassandraConnect.test(TestCassandra.get().spec(), null);
        assertEquals("5.0.9", facts.releaseVersion());
        assertEquals(List.of("datacenter1"), facts.datacenters());
        assertEquals("Cassandra 5.0.9 · cluster sextant-test · datacenter datacenter1", facts.describe());
    }

    @Test
    void aWrongLocalDatacenterIsOneSentenceNamingTheRealOnes() {
        CassandraSpec wrong = TestCassandra.get().spec().withDatacenter("dc-east");
        WrongDatacenterException error = assertThrows(WrongDatacenterException.class,
                () -> CassandraConnect.open(wrong, null));
        assertEquals(Set.of("datacenter1"), error.reported());
        PlainError plain = CqlErrors.of(error, null);
        assertEquals("The cluster has no datacenter named \"dc-east\"; it reported only datacenter1, "
                + "so set the local datacenter to that.", plain.sentence());
    }

    @Test
    void aKeyspaceGivenWhenConnectingIsTheSessionsKeyspace() {
        try (CassandraSession session = CassandraSession.open(TestCassandra.get().spec().withKeyspace("system"), null)) {
            assertEquals("system", session.keyspace());
            assertTrue(session.execute("SELECT cluster_name FROM local").hasRows());
        }
    }
}
