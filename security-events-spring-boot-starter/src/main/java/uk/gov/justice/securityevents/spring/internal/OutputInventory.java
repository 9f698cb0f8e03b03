package uk.gov.justice.securityevents.spring.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where canonical events go, as far as the starter can tell: filled by the Logback integration (and, later, by the
 * transport), read by the principle 7 guard and the actuator endpoint.
 */
public final class OutputInventory {
    /** One output. */
    public static final class Output {
        private final String description;
        private final boolean platform;

        /**
         * Describes an output.
         *
         * @param description what and where, e.g. {@code stdout (installed by the starter)}
         * @param platform    whether it delivers to the MoJ Cyber Security Logging Platform itself
         */
        public Output(String description, boolean platform) {
            this.description = description;
            this.platform = platform;
        }

        /** What and where. */
        public String description() {
            return description;
        }

        /** Whether it reaches the platform without help from the hosting platform. */
        public boolean platform() {
            return platform;
        }
    }

    private final List<Output> outputs = new CopyOnWriteArrayList<>();

    /**
     * Replaces what one source (e.g. the Logback integration) reported.
     *
     * @param found the outputs it found now
     */
    public void replace(List<Output> found) {
        outputs.clear();
        outputs.addAll(found);
    }

    /** The outputs known now. */
    public List<Output> outputs() {
        return List.copyOf(outputs);
    }

    /** Whether any output delivers to the platform itself. */
    public boolean hasPlatformDestination() {
        return outputs.stream().anyMatch(Output::platform);
    }
}
