package cn.gkgateway.config;

import java.util.List;

/** The gateway's settings are missing, malformed or demo values outside the local profile: it must not start. */
public class UnsafeSettingsException extends IllegalStateException {

    private final List<String> problems;

    UnsafeSettingsException(List<String> profiles, List<String> problems) {
        super("The gateway refuses to start with profiles " + profiles + ": " + problems.size()
                + " setting(s) missing, malformed or demo values:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
