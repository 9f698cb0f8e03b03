package uk.gov.justice.securityevents.transport.internal.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.KeyManagementException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import uk.gov.justice.securityevents.transport.StatusReporter;

/**
 * An {@link SSLContext} that re-reads its trust store and key store (and their password files) when they change.
 *
 * <p>Every new connection asks for an engine or socket factory; at that point the watched files are checked: their
 * modification time, size and file key (inode) on every connection, and their SHA-256 at least every
 * {@link #HASH_RECHECK_NANOS} (which catches a replacement with the same time stamp and size). When the content
 * changed, a new context is built from the files; connections already open keep the old one, the next connection
 * uses the new one (and a fresh session cache, so no session of the old certificate is resumed). If the new files
 * cannot be loaded (half written, wrong password), the previous context stays in use, the failure is kept for
 * {@link #lastReloadFailure()} and reported at WARN to the {@linkplain #reportTo status reporter}, and loading is
 * tried again when the content changes again (the same bad bytes are not loaded twice). A successful reload is
 * reported at INFO.
 */
public final class ReloadingSslContext extends SSLContext {

    /** Longest time between two content hashes of unchanged-looking files: 30 s. */
    public static final long HASH_RECHECK_NANOS = 30_000_000_000L;

    private final Spi spi;

    private ReloadingSslContext(Spi spi) {
        super(spi, spi.current.getProvider(), spi.current.getProtocol());
        this.spi = spi;
    }

    /**
     * @param loader builds a context from the files (throws {@link IllegalArgumentException} naming the setting)
     * @param files  the files it reads
     * @return the reloading context, loaded once now
     */
    static ReloadingSslContext create(Supplier<SSLContext> loader, List<Path> files) {
        return new ReloadingSslContext(new Spi(loader, files));
    }

    /** @return how often a changed file set was loaded into a new context (0 until the first change) */
    public int reloads() {
        return spi.reloads;
    }

    /** @return why the last reload failed (setting and reason, never a secret), or {@code null} */
    public String lastReloadFailure() {
        return spi.lastFailure;
    }

    /**
     * @param status where reloads (INFO) and failed reloads (WARN) are reported from now on; messages name the setting
     *               and the reason, never a secret
     * @param owner  what the files are for (a destination's description), at the start of each message
     */
    public void reportTo(StatusReporter status, String owner) {
        spi.owner = Objects.requireNonNull(owner, "owner") + ": "; // before the reporter: a report reads both
        spi.status = Objects.requireNonNull(status, "status");
    }

    /** @return the context in use now, after checking the files */
    SSLContext current() {
        return spi.check();
    }

    /** File state: cheap attributes plus a content hash. */
    private record Stamp(long modified, long size, Object fileKey, byte[] sha256) {
        boolean sameAttributes(Stamp o) {
            return o != null && modified == o.modified && size == o.size && Objects.equals(fileKey, o.fileKey);
        }

        boolean sameContent(Stamp o) {
            return o != null && Arrays.equals(sha256, o.sha256);
        }
    }

    private static final class Spi extends SSLContextSpi {
        private final Supplier<SSLContext> loader;
        private final List<Path> files;
        private volatile SSLContext current;
        private List<Stamp> loaded;
        private List<Stamp> failedAt;
        private long lastHashNanos;
        private volatile int reloads;
        private volatile String lastFailure;
        private volatile StatusReporter status;
        private volatile String owner = "";

        Spi(Supplier<SSLContext> loader, List<Path> files) {
            this.loader = loader;
            this.files = List.copyOf(files);
            List<Stamp> before = stamps(true);
            this.current = loader.get();
            this.loaded = before;
            this.lastHashNanos = System.nanoTime();
        }

        synchronized SSLContext check() {
            List<Stamp> now = stamps(false);
            boolean attributesSame = sameAttributes(now, loaded);
            boolean hashDue = System.nanoTime() - lastHashNanos >= HASH_RECHECK_NANOS;
            if (attributesSame && !hashDue) {
                return current;
            }
            if (failedAt != null && sameAttributes(now, failedAt) && !hashDue) {
                return current; // already tried these files
            }
            now = stamps(true);
            lastHashNanos = System.nanoTime();
            if (sameContent(now, loaded)) {
                loaded = now; // touched or copied back: same content, nothing to do
                return current;
            }
            if (failedAt != null && sameContent(now, failedAt)) {
                failedAt = now; // the same bytes failed before: loading them again would fail the same way
                return current;
            }
            try {
                SSLContext fresh = loader.get();
                current = fresh;
                loaded = now;
                failedAt = null;
                lastFailure = null;
                reloads++;
                report(false, "TLS files reloaded (" + reloads + " since start): new connections use them");
            } catch (RuntimeException e) {
                failedAt = now;
                lastFailure = e.getMessage();
                report(true, "TLS files changed but cannot be loaded, new connections keep the previous ones until"
                        + " they are fixed: " + lastFailure);
            }
            return current;
        }

        private void report(boolean problem, String message) {
            StatusReporter s = status;
            if (s == null) {
                return;
            }
            try {
                if (problem) {
                    s.warn(owner + message);
                } else {
                    s.info(owner + message);
                }
            } catch (RuntimeException e) {
                // a failing reporter must not break the connection being made
            }
        }

        private List<Stamp> stamps(boolean hash) {
            List<Stamp> out = new ArrayList<>(files.size());
            for (Path f : files) {
                out.add(stamp(f, hash));
            }
            return out;
        }

        private static Stamp stamp(Path f, boolean hash) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                return new Stamp(a.lastModifiedTime().toMillis(), a.size(), a.fileKey(), hash ? sha256(f) : null);
            } catch (NoSuchFileException gone) {
                return new Stamp(-1, -1, null, new byte[0]);
            } catch (IOException e) {
                return new Stamp(-2, -2, null, new byte[0]);
            }
        }

        private static byte[] sha256(Path f) throws IOException {
            try (InputStream in = Files.newInputStream(f)) {
                MessageDigest d = MessageDigest.getInstance("SHA-256");
                byte[] buf = new byte[8192];
                for (int n; (n = in.read(buf)) > 0; ) {
                    d.update(buf, 0, n);
                }
                return d.digest();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static boolean sameAttributes(List<Stamp> a, List<Stamp> b) {
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).sameAttributes(b.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameContent(List<Stamp> a, List<Stamp> b) {
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).sameContent(b.get(i))) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom sr) throws KeyManagementException {
            throw new KeyManagementException("already initialised from tls settings");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return check().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return check().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return check().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return check().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return current.getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return current.getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return current.getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return current.getSupportedSSLParameters();
        }
    }
}
