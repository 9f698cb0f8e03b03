/** Implementation of the starter; not API, may change in any release. */
package uk.gov.justice.securityevents.spring.internal;
