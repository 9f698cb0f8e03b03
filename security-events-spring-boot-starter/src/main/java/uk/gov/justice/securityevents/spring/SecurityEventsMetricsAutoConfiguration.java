package uk.gov.justice.securityevents.spring;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import uk.gov.justice.securityevents.spring.internal.DeliveryMeters;
import uk.gov.justice.securityevents.spring.internal.DeliveryState;
import uk.gov.justice.securityevents.spring.internal.MicrometerEmissionCounter;

/**
 * Micrometer counter {@value MicrometerEmissionCounter#METER_NAME}, tagged by event code and principle item, and the
 * delivery meters of {@link DeliveryMeters}, when Micrometer is on the class path. The registry is looked up lazily, so no ordering against Boot 3's or Boot 4's
 * metrics auto-configuration is needed.
 */
@AutoConfiguration(after = SecurityEventsAutoConfiguration.class)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
public class SecurityEventsMetricsAutoConfiguration {
    /** Counts each emitted event. */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerEmissionCounter securityEventsMicrometerCounter(ObjectProvider<MeterRegistry> registry) {
        return new MicrometerEmissionCounter(registry);
    }

    /** Meters over the delivery counters (security.events.delivered, .dropped{reason}, .queue.bytes ...). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(DeliveryState.class)
    public DeliveryMeters securityEventsDeliveryMeters(DeliveryState delivery) {
        return new DeliveryMeters(delivery);
    }
}
