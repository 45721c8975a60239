package dev.sextant.core.cassandra;

import java.util.Set;

/**
 * The local datacenter the user named is not one the cluster has: the driver would connect and
 * then refuse every request with "no node was available". Says which datacenters there are.
 */
public final class WrongDatacenterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Set<String> reported;

    public WrongDatacenterException(String asked, Set<String> reported) {
        super(sentence(asked, reported));
        this.reported = Set.copyOf(reported);
    }

    /** The datacenters the cluster reported. */
    public Set<String> reported() {
        return reported;
    }

    private static String sentence(String asked, Set<String> reported) {
        if (reported.isEmpty()) {
            return "The cluster reported no datacenter at all, so the local datacenter \"" + asked + "\" cannot be used.";
        }
        return "The cluster has no datacenter named \"" + asked + "\"; it reported "
                + (reported.size() == 1 ? "only " : "") + String.join(", ", reported)
                + ", so set the local datacenter to " + (reported.size() == 1 ? "that." : "one of those.");
    }
}
