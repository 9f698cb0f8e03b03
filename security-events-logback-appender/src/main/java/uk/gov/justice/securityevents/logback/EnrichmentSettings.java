package uk.gov.justice.securityevents.logback;

import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;

/** The enrichment settings shared by the encoder and the appender, turned into a writer at start. */
final class EnrichmentSettings {
    String serviceName;
    String serviceVersion;
    String vendorName;
    String environment;
    String tenant;
    String hostname;
    String cloudProvider;
    String cloudRegion;
    int maxStringLength = SecurityEventWriter.DEFAULT_MAX_STRING_LENGTH;
    int maxEventBytes = SecurityEventWriter.DEFAULT_MAX_EVENT_BYTES;

    /** Fails with a message naming the setting at fault. */
    SecurityEventWriter createWriter() {
        ServiceContext.Builder b = ServiceContext.builder();
        if (serviceName != null) {
            b.serviceName(serviceName);
        }
        if (vendorName != null) {
            b.vendorName(vendorName);
        }
        if (hostname != null) {
            b.hostname(hostname);
        }
        b.serviceVersion(serviceVersion).environment(environment).tenant(tenant).cloudProvider(cloudProvider)
                .cloudRegion(cloudRegion);
        return SecurityEventWriter.builder(b.build()).maxStringLength(maxStringLength).maxEventBytes(maxEventBytes)
                .build();
    }
}
