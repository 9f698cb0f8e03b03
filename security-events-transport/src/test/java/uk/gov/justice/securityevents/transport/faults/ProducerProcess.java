package uk.gov.justice.securityevents.transport.faults;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import uk.gov.justice.securityevents.transport.DeliveryListener;
import uk.gov.justice.securityevents.transport.DeliveryPipeline;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.DiskSpool;
import uk.gov.justice.securityevents.transport.FsyncPolicy;
import uk.gov.justice.securityevents.transport.HttpCollectorDestination;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.SecretSource;
import uk.gov.justice.securityevents.transport.StatusReporter;
import uk.gov.justice.securityevents.transport.TlsSettings;

/**
 * The producer JVM of the {@code kill -9} scenario, started by the test with {@link ProcessBuilder} on the test
 * class path. Ships events to an HTTPS collector through a pipeline with a disk spool and prints, on stdout, one
 * line {@code spooled <total>} each time events are written to the spool (under {@link FsyncPolicy#ALWAYS}, after
 * they are forced to disk), so the test knows what was durable when it killed the process.
 *
 * <p>Arguments ({@code key=value}): {@code spool}, {@code uri}, {@code truststore}, {@code truststorePassword}
 * (a file), {@code reporter}, {@code count}, {@code rate} (events/s), {@code fsync}, {@code mode}: {@code produce}
 * (offer, then wait to be killed) or {@code drain} (offer, wait until the spool and queue are empty, stop, exit 0).
 */
public final class ProducerProcess {

    private ProducerProcess() {
    }

    /**
     * @param args see the class comment
     * @throws Exception on any failure (the exit status is then non-zero)
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            a.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        AtomicLong spooled = new AtomicLong();
        HttpCollectorDestination destination = HttpCollectorDestination.builder(URI.create(a.get("uri")))
                .tls(TlsSettings.builder().trustStore(Path.of(a.get("truststore")), "PKCS12",
                        SecretSource.fromFile(Path.of(a.get("truststorePassword")))).build())
                .connectTimeout(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofSeconds(10))
                .build();
        DeliveryPipeline pipeline = DeliveryPipeline.builder(destination)
                .settings(PipelineSettings.builder()
                        .spool(DiskSpool.builder(Path.of(a.get("spool")))
                                .fsyncPolicy(FsyncPolicy.valueOf(a.get("fsync"))).build())
                        .linger(Duration.ofMillis(20))
                        .maxBatchEvents(100)
                        .initialBackoff(Duration.ofMillis(100))
                        .maxBackoff(Duration.ofMillis(500))
                        .build())
                .statusReporter(StatusReporter.stderr())
                .listener(new DeliveryListener() {
                    @Override
                    public void onSpooled(int events) {
                        System.out.println("spooled " + spooled.addAndGet(events));
                        System.out.flush();
                    }
                })
                .build();
        pipeline.start();
        System.out.println("started pid " + ProcessHandle.current().pid());
        System.out.flush();
        AtomicLong offered = new AtomicLong();
        SteadyProducer producer = new SteadyProducer(a.get("reporter"), Integer.parseInt(a.get("count")),
                Integer.parseInt(a.get("rate")), e -> {
                    boolean ok = pipeline.offer(e);
                    if (offered.incrementAndGet() % 50 == 0) {
                        System.out.println("offered " + offered.get());
                        System.out.flush();
                    }
                    return ok;
                }).start();
        producer.join(Duration.ofMinutes(30));
        System.out.println("produced " + producer.produced() + " accepted " + producer.accepted());
        System.out.flush();
        if (a.get("mode").equals("produce")) {
            Thread.sleep(Long.MAX_VALUE); // until killed
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            DeliverySnapshot s = pipeline.snapshot();
            if (s.spoolEvents() == 0 && s.pendingEvents() == 0) {
                break;
            }
            Thread.sleep(50);
        }
        pipeline.stop(Duration.ofSeconds(5));
        DeliverySnapshot s = pipeline.snapshot();
        System.out.println("snapshot offered " + s.offered() + " delivered " + s.delivered() + " replayed "
                + s.replayed() + " recovered " + s.recovered() + " spoolEvents " + s.spoolEvents() + " dropped "
                + s.droppedTotal());
        System.out.flush();
        System.exit(s.spoolEvents() == 0 && s.pendingEvents() == 0 ? 0 : 3);
    }
}
