/** The Spring Security bridge: framework events to typed security events, one per occurrence. Not API. */
package uk.gov.justice.securityevents.spring.internal.security;
