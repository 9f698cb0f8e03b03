/**
 * Spring Boot 3.5 / 4.0 auto-configuration for security events: add the starter and Spring Security's logins,
 * logouts, sessions, denials and user switches become typed, canonical OCSF events on stdout, with an actuator
 * coverage endpoint and a Micrometer counter. Settings: {@link uk.gov.justice.securityevents.spring.SecurityEventsProperties}.
 * Implementation classes live in {@code uk.gov.justice.securityevents.spring.internal} and are not API.
 */
package uk.gov.justice.securityevents.spring;
