package uk.gov.justice.securityevents.infrastructure;

import java.util.List;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Device;
import uk.gov.justice.securityevents.model.OperatingSystem;
import uk.gov.justice.securityevents.model.PatchArticle;

/**
 * 3c: the patch state of a host: which patches (knowledge-base articles) are installed, missing or waiting for a
 * reboot. OCSF Operating System Patch State (5004) requires the {@code device} and its OS version, so both are
 * required here; the device written is this host, not the emitting one. OCSF defines no {@code actor} for this class,
 * so none may be set.
 */
public final class PatchStateReported extends SecurityEvent {
    /** This event's type. */
    public static final EventType TYPE = EventType.of(PatchStateReported.class, Principle.P3C,
            Classification.of(OcsfClass.PATCH_STATE, 1, "Log", "sys_patch_state", Severity.INFORMATIONAL,
                    Outcome.SUCCESS));

    private final Device device;
    private final OperatingSystem os;
    private final List<PatchArticle> articles;

    private PatchStateReported(Builder b) {
        super(b);
        this.device = Validate.required(b.device, "device");
        this.os = Validate.required(b.os, "device.os");
        Validate.nonBlank(os.version(), "device.os.version");
        this.articles = Validate.listOf(b.articles, "kb_article_list");
        if (actor() != null) {
            throw new IllegalArgumentException("actor is not defined for OCSF Operating System Patch State");
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** The host whose patch state this is ({@code device}). */
    public Device device() {
        return device;
    }

    /** Its operating system ({@code device.os}). */
    public OperatingSystem os() {
        return os;
    }

    /** Patches and their install state ({@code kb_article_list}); empty when none are tracked. */
    public List<PatchArticle> articles() {
        return articles;
    }

    @Override
    protected Object subject() {
        return device;
    }

    /** Builds a {@link PatchStateReported}. */
    public static final class Builder extends SecurityEvent.Builder<Builder> {
        private Device device;
        private OperatingSystem os;
        private List<PatchArticle> articles = List.of();

        private Builder() {
        }

        /** The host (required). */
        public Builder device(Device device) {
            this.device = device;
            return this;
        }

        /** The host's operating system, with its version (required). */
        public Builder os(OperatingSystem os) {
            this.os = os;
            return this;
        }

        /** Patches and their install state. */
        public Builder articles(List<PatchArticle> articles) {
            this.articles = articles;
            return this;
        }

        @Override
        public PatchStateReported build() {
            return new PatchStateReported(this);
        }
    }
}
