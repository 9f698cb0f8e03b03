/**
 * Delivery of already-serialised security events: a bounded, lock-free {@link
 * uk.gov.justice.securityevents.transport.DeliveryPipeline} with batching, retry and accounting, and the
 * destinations it drives (HTTPS collector, syslog over TLS, NDJSON file, stdout).
 *
 * <p>This package is the public API; everything under {@code internal} is implementation.
 */
package uk.gov.justice.securityevents.transport;
