/** Logback integration of the starter: the stdout appender installer and the counting appender. Not API. */
package uk.gov.justice.securityevents.spring.internal.logback;
