package uk.gov.justice.securityevents.contextual;

import java.util.List;
import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Device;

/**
 * 6: a security control (endpoint protection, anti-malware upload scan, IDS) detected something: an OCSF Detection
 * Finding (2004) that is always an alert ({@code is_alert}). The finding's uid and title are required. The affected
 * host, if given, is the finding's {@code device}. A finding's {@code status} is its review state, so a new detection
 * reads "New". OCSF defines no {@code actor} for findings, so none may be set.
 *
 * <p>The malware name is written as {@code unmapped.malware_name}: OCSF's {@code malware} object requires integer
 * {@code classification_ids}, which the SDK's JSON writer cannot yet emit as array elements.
 */
public final class SecurityDetection extends SecurityEvent {
    /** What the control did, as OCSF {@code disposition_id} and {@code action_id}. */
    public enum Disposition {
        /** Detected only: disposition 15 Detected, action 3 Observed. */
        DETECTED(15, "Detected", 3, "Observed"),
        /** Blocked: disposition 2 Blocked, action 2 Denied. */
        BLOCKED(2, "Blocked", 2, "Denied"),
        /** Quarantined (the threat can no longer run): disposition 3 Quarantined, action 2 Denied. */
        QUARANTINED(3, "Quarantined", 2, "Denied");

        private final int id;
        private final String caption;
        private final int actionId;
        private final String actionCaption;

        Disposition(int id, String caption, int actionId, String actionCaption) {
            this.id = id;
            this.caption = caption;
            this.actionId = actionId;
            this.actionCaption = actionCaption;
        }

        /** OCSF {@code disposition_id}. */
        public int id() {
            return id;
        }

        /** OCSF caption ({@code disposition}). */
        public String caption() {
            return caption;
        }

        /** OCSF {@code action_id}. */
        public int actionId() {
            return actionId;
        }

        /** OCSF caption ({@code action}). */
        public String actionCaption() {
            return actionCaption;
        }
    }

    /** This event's type. */
    public static final EventType TYPE = EventType.of(SecurityDetection.class, Principle.P6,
            Classification.of(OcsfClass.DETECTION_FINDING, 1, "Create", "sec_detection", Severity.HIGH,
                    Outcome.SUCCESS));

    private final String findingUid;
    private final String title;
    private final String analyticName;
    private final List<String> types;
    private final String malwareName;
    private final Device affectedDevice;
    private final Disposition disposition;

    private SecurityDetection(Builder b) {
        super(b);
        this.findingUid = Validate.nonBlank(b.findingUid, "finding_info.uid");
        this.title = Validate.nonBlank(b.title, "finding_info.title");
        this.analyticName = Validate.optionalNonBlank(b.analyticName, "finding_info.analytic.name");
        this.types = Validate.listOf(b.types, "finding_info.types");
        this.malwareName = Validate.optionalNonBlank(b.malwareName, "malware.name");
        this.affectedDevice = b.affectedDevice;
        this.disposition = b.disposition;
        if (actor() != null) {
            throw new IllegalArgumentException("actor is not defined for OCSF Detection Finding");
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

    /** The detection's id in the reporting control ({@code finding_info.uid}). */
    public String findingUid() {
        return findingUid;
    }

    /** A short title ({@code finding_info.title}). */
    public String title() {
        return title;
    }

    /** The rule or signature that fired ({@code finding_info.analytic.name}), or null. */
    public String analyticName() {
        return analyticName;
    }

    /** Finding types, e.g. {@code Malware} ({@code finding_info.types}); empty when not given. */
    public List<String> types() {
        return types;
    }

    /** The malware name ({@code unmapped.malware_name}), or null. */
    public String malwareName() {
        return malwareName;
    }

    /** The affected host ({@code device}), or null. */
    public Device affectedDevice() {
        return affectedDevice;
    }

    /** What the control did, or null when not known. */
    public Disposition disposition() {
        return disposition;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("malware_name", malwareName);
    }

    @Override
    protected Object subject() {
        return title;
    }

    /** Builds a {@link SecurityDetection}. */
    public static final class Builder extends SecurityEvent.Builder<Builder> {
        private String findingUid;
        private String title;
        private String analyticName;
        private List<String> types = List.of();
        private String malwareName;
        private Device affectedDevice;
        private Disposition disposition;

        private Builder() {
        }

        /** The detection's id in the reporting control (required). */
        public Builder findingUid(String findingUid) {
            this.findingUid = findingUid;
            return this;
        }

        /** A short title (required), e.g. {@code "Trojan detected in upload"}. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The rule or signature that fired. */
        public Builder analyticName(String analyticName) {
            this.analyticName = analyticName;
            return this;
        }

        /** Finding types, e.g. {@code List.of("Malware")}. */
        public Builder types(List<String> types) {
            this.types = types;
            return this;
        }

        /** The malware name, e.g. {@code "EICAR-Test-File"}. */
        public Builder malwareName(String malwareName) {
            this.malwareName = malwareName;
            return this;
        }

        /** The affected host. */
        public Builder affectedDevice(Device affectedDevice) {
            this.affectedDevice = affectedDevice;
            return this;
        }

        /** What the control did. */
        public Builder disposition(Disposition disposition) {
            this.disposition = disposition;
            return this;
        }

        @Override
        public SecurityDetection build() {
            return new SecurityDetection(this);
        }
    }
}
