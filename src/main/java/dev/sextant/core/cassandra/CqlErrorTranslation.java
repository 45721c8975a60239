package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.DriverException;
import dev.sextant.core.session.ErrorTranslation;
import dev.sextant.core.session.PlainError;

import java.util.Optional;

/** Cassandra's part of {@link ErrorTranslation}: the driver's errors through {@link CqlErrors}. */
final class CqlErrorTranslation implements ErrorTranslation {

    static final CqlErrorTranslation INSTANCE = new CqlErrorTranslation();

    private CqlErrorTranslation() {
    }

    @Override
    public Optional<PlainError> explain(Throwable error) {
        if (error instanceof CqlFailure failure) {
            return Optional.of(CqlErrors.of(failure.getCause(), failure.cql()));
        }
        if (error instanceof DriverException || error instanceof CqlCancelledException
                || error instanceof WrongDatacenterException) {
            return Optional.of(CqlErrors.of(error, null));
        }
        return Optional.empty();
    }
}
