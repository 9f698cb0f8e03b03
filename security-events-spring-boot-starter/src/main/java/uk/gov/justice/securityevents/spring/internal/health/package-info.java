/** The securityEvents health indicator, for Spring Boot 3 and Spring Boot 4. */
package uk.gov.justice.securityevents.spring.internal.health;
