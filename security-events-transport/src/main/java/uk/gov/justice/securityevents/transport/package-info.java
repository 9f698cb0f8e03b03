/**
 * Delivery of already-serialised security events: a bounded, lock-free {@link
 * uk.gov.justice.securityevents.transport.DeliveryPipeline} with batching, retry, an optional {@link
 * uk.gov.justice.securityevents.transport.DiskSpool} and accounting, the destinations it drives (HTTPS collector,
 * syslog over TLS, NDJSON file, stdout), and the {@link uk.gov.justice.securityevents.transport.DeliveryVerifier}
 * that checks what a receiver got.
 *
 * <p>This package is the public API; everything under {@code internal} is implementation.
 */
package uk.gov.justice.securityevents.transport;
