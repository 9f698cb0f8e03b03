/** Log4j2 integration of the starter: installs the canonical output programmatically when Log4j2 is the logging system. */
package uk.gov.justice.securityevents.spring.internal.log4j2;
