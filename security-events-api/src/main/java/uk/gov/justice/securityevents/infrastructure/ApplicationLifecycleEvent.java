package uk.gov.justice.securityevents.infrastructure;

import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Application;

/**
 * Events carried by OCSF Application Lifecycle (6002): a service or security control started, stopped, was
 * installed, updated, removed, enabled or disabled. The {@code app} is required. The host it runs on is the
 * emitting host ({@code device}, host profile), which the writer adds from the service context.
 */
public abstract class ApplicationLifecycleEvent extends SecurityEvent {
    private final Application app;

    /**
     * Copies the shared fields, checking that the application is set.
     *
     * @param builder the builder
     */
    protected ApplicationLifecycleEvent(Builder<?> builder) {
        super(builder);
        this.app = Validate.required(builder.app, "app");
    }

    /** The application ({@code app}). */
    public Application app() {
        return app;
    }

    @Override
    protected Object subject() {
        return app;
    }

    /**
     * Builder fields shared by application lifecycle events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private Application app;

        /** For subclasses. */
        protected Builder() {
        }

        /** The application (required). */
        public B app(Application app) {
            this.app = app;
            return self();
        }
    }
}
