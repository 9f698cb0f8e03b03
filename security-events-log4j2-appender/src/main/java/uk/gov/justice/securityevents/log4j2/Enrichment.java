package uk.gov.justice.securityevents.log4j2;

import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;

/** The enrichment settings shared by the layout and the appender (as the Logback module's), turned into a writer. */
final class Enrichment {
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
        if (blank(serviceName) != null) {
            b.serviceName(blank(serviceName));
        }
        if (blank(vendorName) != null) {
            b.vendorName(blank(vendorName));
        }
        if (blank(hostname) != null) {
            b.hostname(blank(hostname));
        }
        b.serviceVersion(blank(serviceVersion)).environment(blank(environment)).tenant(blank(tenant))
                .cloudProvider(blank(cloudProvider)).cloudRegion(blank(cloudRegion));
        return SecurityEventWriter.builder(b.build()).maxStringLength(maxStringLength).maxEventBytes(maxEventBytes)
                .build();
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
