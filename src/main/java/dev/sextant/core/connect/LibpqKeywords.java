package dev.sextant.core.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The connection options libpq 17 knows, which of them Sextant carries out, and their variables. */
final class LibpqKeywords {

    /** Options Sextant understands, with the environment variable that gives each one's default. */
    static final Map<String, String> SUPPORTED = supported();

    /** Options libpq knows that pgjdbc has no equivalent for here; named in a warning when given. */
    static final Set<String> NOT_SUPPORTED = Set.of(
            "hostaddr", "channel_binding", "client_encoding", "options", "fallback_application_name",
            "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout",
            "sslnegotiation", "sslcompression", "sslcert", "sslkey", "sslcertmode", "sslpassword", "sslcrl",
            "sslcrldir", "sslsni", "requirepeer", "require_auth", "ssl_min_protocol_version",
            "ssl_max_protocol_version", "gssencmode", "krbsrvname", "gsslib", "gssdelegation", "replication",
            "target_session_attrs", "load_balance_hosts");

    private LibpqKeywords() {
    }

    static boolean isKnown(String keyword) {
        return SUPPORTED.containsKey(keyword) || NOT_SUPPORTED.contains(keyword);
    }

    private static Map<String, String> supported() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("service", "PGSERVICE");
        map.put("host", "PGHOST");
        map.put("port", "PGPORT");
        map.put("dbname", "PGDATABASE");
        map.put("user", "PGUSER");
        map.put("password", "PGPASSWORD");
        map.put("passfile", "PGPASSFILE");
        map.put("sslmode", "PGSSLMODE");
        map.put("sslrootcert", "PGSSLROOTCERT");
        map.put("application_name", "PGAPPNAME");
        map.put("connect_timeout", "PGCONNECT_TIMEOUT");
        return Map.copyOf(map);
    }
}
