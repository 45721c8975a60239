package dev.sextant.core.connect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * libpq's order for options the string left unset: the service's section (the {@code service}
 * option, else {@code PGSERVICE}), then the {@code PG*} variables. A value given in the string,
 * even an empty one, is never replaced; empty values then get the built-in defaults when the
 * spec is built (see {@link ConnectionStrings}).
 */
final class Defaults {

    static final String DEFAULT_HOST = "localhost";

    private Defaults() {
    }

    /**
     * The given options plus what the service file and the environment add; {@code origins} learns
     * which of the two supplied each added option.
     */
    static Map<String, String> complete(Map<String, String> given, ConnectionEnvironment env, List<String> warnings,
                                        Map<String, PasswordSource> origins) throws ConnectionStringException {
        Map<String, String> all = new LinkedHashMap<>(given);
        String service = given.containsKey("service") ? given.get("service") : env.variable("PGSERVICE");
        if (service != null && !service.isEmpty()) {
            Map<String, String> fromService = ServiceFile.lookup(service, env);
            fromService.forEach((keyword, value) -> {
                if (all.putIfAbsent(keyword, value) == null) {
                    origins.put(keyword, PasswordSource.SERVICE_FILE);
                }
            });
            warnAboutUnsupported(fromService, "service \"" + service + "\" sets", warnings);
        }
        LibpqKeywords.SUPPORTED.forEach((keyword, variable) -> {
            String value = env.variable(variable);
            if (value != null && !keyword.equals("service") && all.putIfAbsent(keyword, value) == null) {
                origins.put(keyword, PasswordSource.ENVIRONMENT);
            }
        });
        return all;
    }

    /** Options libpq knows but Sextant cannot carry out are named, never dropped silently. */
    static void warnAboutUnsupported(Map<String, String> options, String who, List<String> warnings) {
        for (String keyword : options.keySet()) {
            if (LibpqKeywords.NOT_SUPPORTED.contains(keyword)) {
                warnings.add(who + " connection option \"" + keyword + "\", which Sextant does not support; it was ignored");
            }
        }
    }
}
