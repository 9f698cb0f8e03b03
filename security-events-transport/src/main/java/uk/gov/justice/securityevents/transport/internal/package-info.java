/**
 * Implementation of the transport. Not an API: anything here may change in any release without notice.
 */
package uk.gov.justice.securityevents.transport.internal;
