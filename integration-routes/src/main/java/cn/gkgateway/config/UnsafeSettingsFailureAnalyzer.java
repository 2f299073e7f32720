package cn.gkgateway.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports refused settings as a short list for the operator instead of a stack trace. */
public class UnsafeSettingsFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the named environment variables to real values (README, \"External MySQL/MariaDB and Artemis\";"
                        + " docs/operations.md) and start again. Nothing was changed: no migration ran and no broker started.",
                cause);
    }
}
