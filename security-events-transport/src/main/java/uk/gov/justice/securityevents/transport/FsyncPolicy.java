package uk.gov.justice.securityevents.transport;

/**
 * When a {@link DiskSpool} forces its writes to the storage device ({@code FileChannel.force}). Every policy survives
 * a crash of the process (written bytes are in the operating system's page cache); they differ only when the
 * machine itself loses power or the kernel crashes.
 */
public enum FsyncPolicy {
    /**
     * Force after every append, before the events count as spooled. Nothing counted as spooled is lost on power
     * failure; costs one {@code fsync} per batch written (typically 0.1-10 ms each, depending on the device).
     */
    ALWAYS,
    /**
     * Force at most once per {@link DiskSpool#fsyncInterval()} (default {@code 1 s}) while there are unforced writes,
     * and on close. On power failure at most the events spooled in the last interval plus the sender's 100 ms
     * housekeeping period are lost. The default.
     */
    INTERVAL,
    /**
     * Never force; the operating system writes dirty pages back on its own schedule (Linux: typically within
     * 30 s, {@code vm.dirty_expire_centisecs}). On power failure that much can be lost.
     */
    NEVER
}
