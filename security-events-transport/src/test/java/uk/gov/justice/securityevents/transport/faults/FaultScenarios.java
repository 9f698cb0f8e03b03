package uk.gov.justice.securityevents.transport.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.transport.DeliveryPipeline;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.DeliveryVerifier;
import uk.gov.justice.securityevents.transport.DiskSpool;
import uk.gov.justice.securityevents.transport.DropReason;
import uk.gov.justice.securityevents.transport.FsyncPolicy;
import uk.gov.justice.securityevents.transport.HttpCollectorDestination;
import uk.gov.justice.securityevents.transport.PipelineSettings;
import uk.gov.justice.securityevents.transport.SpoolFullPolicy;
import uk.gov.justice.securityevents.transport.SyslogDestination;
import uk.gov.justice.securityevents.transport.internal.verify.JsonFieldScanner;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.RsyslogServer;
import uk.gov.justice.securityevents.transport.testsupport.TestCertificates;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;

/**
 * The "nothing lost" fault-injection scenarios, against the real HTTPS {@link TestCollector} and a real rsyslog on
 * loopback. A producer offers a bounded number of events at a steady rate while a fault is injected; what the
 * receiver got is checked with the {@link DeliveryVerifier} and every assertion is an exact count. Each scenario
 * writes a row of figures ({@link Figures}). Subclasses choose the sizes: {@link FaultInjectionSuiteTest} for the
 * default build, {@link FaultInjectionSoakTest} for {@code -Psoak}.
 */
abstract class FaultScenarios {

    /** Events per batch in every scenario: the bound on duplicates after a lost acknowledgement. */
    static final int BATCH = 100;
    /** In-memory queue bound of the pipelines under test: small, so that an outage cannot fit in memory. */
    static final long QUEUE_BYTES = 1024 * 1024;

    static TestCertificates certs;

    @TempDir
    Path dir;

    final List<AutoCloseable> resources = new ArrayList<>();
    final List<DeliveryPipeline> pipelines = new ArrayList<>();

    /** @return how long the collector is down in scenario 1 */
    abstract Duration outage();

    /** @return producer rate, events per second */
    abstract int rate();

    /** @return how long the producer runs in the shorter scenarios */
    abstract Duration production();

    /** @return events the killed producer must have spooled before {@code kill -9} */
    abstract int spooledBeforeKill();

    /** @return label for the figures */
    abstract String run();

    @BeforeAll
    static void certificates() {
        certs = TestCertificates.generate();
    }

    @AfterEach
    void release() {
        for (DeliveryPipeline p : pipelines) {
            p.stop(Duration.ofSeconds(1));
        }
        for (AutoCloseable c : resources) {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
    }

    int events() {
        return (int) (rate() * production().toSeconds());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Collector down, then up

    @Test
    void collectorDownThenUpLosesNothingKeepsOrderAndBoundsMemory() throws Exception {
        long began = System.nanoTime();
        TestCollector first = collector();
        int port = first.port();
        URI uri = first.uri();
        boolean syslog = RsyslogServer.availableOrFail();
        RsyslogServer rsyslog = syslog ? RsyslogServer.start(Files.createDirectories(dir.resolve("rsyslog")), certs)
                : null;
        if (rsyslog != null) {
            resources.add(rsyslog);
        }
        Duration lead = Duration.ofSeconds(2);
        Duration tail = Duration.ofSeconds(3);
        int count = (int) (rate() * (lead.plus(outage()).plus(tail).toMillis() / 1000.0));

        RecordingStatusReporter httpsStatus = new RecordingStatusReporter();
        DeliveryPipeline https = pipeline(destination(uri, Duration.ofSeconds(10)), spool("spool-https").build(),
                b -> { }, httpsStatus);
        DeliveryPipeline sys = syslog ? pipeline(syslogDestination(rsyslog.port()), spool("spool-syslog").build(),
                b -> { }, new RecordingStatusReporter()) : null;
        SteadyProducer toHttps = new SteadyProducer("down-https", count, rate(), https::offer);
        SteadyProducer toSyslog = syslog ? new SteadyProducer("down-syslog", count, rate(), sys::offer) : null;
        List<DeliveryPipeline> observed = syslog ? List.of(https, sys) : List.of(https);
        Sampler sampler = new Sampler(observed);
        toHttps.start();
        if (toSyslog != null) {
            toSyslog.start();
        }

        Thread.sleep(lead.toMillis());
        first.close(); // connection refused from now on
        if (toSyslog != null) {
            // TCP syslog has no acknowledgement: an event written in the instant rsyslog dies can vanish (a limit of
            // the protocol, docs/transport.md). Take it down between two batches so the test measures the spool.
            toSyslog.pauseWhile(() -> {
                await().atMost(Duration.ofSeconds(10)).until(() -> idle(sys));
                rsyslog.stopDaemon();
            });
        }
        long downAt = System.nanoTime();
        Thread.sleep(outage().toMillis() / 2);
        DeliverySnapshot midOutage = https.snapshot();
        assertThat(midOutage.spooled()).as("the outage goes to disk").isPositive();
        assertThat(midOutage.failing()).isTrue();
        Thread.sleep(Math.max(0, outage().toMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - downAt)));
        long liveHeap = Sampler.liveHeapAfterGc();
        TestCollector second = collectorOnPort(port);
        if (rsyslog != null) {
            rsyslog.startDaemon();
        }
        toHttps.join(Duration.ofMinutes(15));
        if (toSyslog != null) {
            toSyslog.join(Duration.ofMinutes(15));
        }
        Supplier<List<String>> httpsLines = () -> concat(first.lines(), second.lines());
        awaitAll(https, httpsLines, count);
        sampler.close();

        DeliveryVerifier.Report r = verify(httpsLines.get(), toHttps, count);
        assertThat(r.duplicatesTotal()).as("at most the batch in flight when the collector went down")
                .isLessThanOrEqualTo(BATCH);
        assertFirstOccurrencesInOrder(httpsLines.get());
        DeliverySnapshot s = https.snapshot();
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.heldBytesHighWaterMark()).isLessThanOrEqualTo(QUEUE_BYTES);
        assertThat(s.replayed()).isPositive();
        assertThat(s.spoolEvents()).isZero();
        assertThat(httpsStatus.linesStartingWith("WARN delivery to HTTP collector")).hasSize(1);
        assertThat(httpsStatus.linesStartingWith("INFO delivery to HTTP collector")).hasSize(1);
        figures("collector down " + outage().toSeconds() + " s, then up", "HTTPS", toHttps, r, s, sampler, liveHeap,
                began, "outage " + outage().toSeconds() + " s at " + rate() + " ev/s").write();

        if (syslog) {
            Supplier<List<String>> syslogLines = rsyslog::receivedLines;
            awaitAll(sys, syslogLines, count);
            DeliveryVerifier.Report rs = verify(syslogLines.get(), toSyslog, count);
            assertThat(rs.duplicatesTotal()).isLessThanOrEqualTo(BATCH);
            assertFirstOccurrencesInOrder(syslogLines.get());
            DeliverySnapshot ss = sys.snapshot();
            assertThat(ss.droppedTotal()).isZero();
            assertThat(ss.heldBytesHighWaterMark()).isLessThanOrEqualTo(QUEUE_BYTES);
            assertThat(ss.replayed()).isPositive();
            figures("rsyslog down " + outage().toSeconds() + " s, then up", "syslog/TLS (rsyslog)", toSyslog, rs, ss,
                    sampler, liveHeap, began, "same run, same JVM").write();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. Collector killed mid-batch

    @Test
    void collectorKilledMidBatchLosesNothingAndDuplicatesAtMostOneBatchWithTheSameUid() throws Exception {
        long began = System.nanoTime();
        TestCollector first = collector();
        int port = first.port();
        DeliveryPipeline p = pipeline(destination(first.uri(), Duration.ofSeconds(10)), spool("spool").build(),
                b -> b.linger(Duration.ofMillis(100)), new RecordingStatusReporter());
        int count = events();
        SteadyProducer producer = new SteadyProducer("mid-batch", count, rate(), p::offer);
        Sampler sampler = new Sampler(List.of(p));
        producer.start();
        long third = production().toMillis() / 3;
        Thread.sleep(third);
        // The collector takes a batch, then its connection is reset before it answers (it died after processing).
        first.enqueue(Fault.acceptThenReset());
        Thread.sleep(third);
        // The collector is killed while a request is in flight, and comes back a second later.
        first.enqueue(Fault.hang());
        await().atMost(Duration.ofSeconds(10)).until(() -> first.pendingFaults() == 0); // a request is hanging now
        first.close();
        Thread.sleep(1000);
        TestCollector second = collectorOnPort(port);
        producer.join(Duration.ofMinutes(15));
        Supplier<List<String>> lines = () -> concat(first.lines(), second.lines());
        awaitAll(p, lines, count);
        sampler.close();

        DeliveryVerifier.Report r = verify(lines.get(), producer, count);
        assertThat(r.duplicatesTotal()).as("the batch whose answer was lost, no more").isBetween(1L, (long) BATCH);
        assertThat(r.conflictingDuplicatesTotal()).as("duplicates carry the same metadata.uid and bytes").isZero();
        assertThat(first.requests()).anyMatch(q -> q.outcome() == -3);
        assertFirstOccurrencesInOrder(lines.get());
        DeliverySnapshot s = p.snapshot();
        assertThat(s.droppedTotal()).isZero();
        figures("collector killed mid-batch (reset after processing; killed with a request in flight)", "HTTPS",
                producer, r, s, sampler, -1, began, "duplicates = the one batch processed but not acknowledged")
                .write();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Producer JVM killed with kill -9 while the collector is down

    @Test
    void producerKilledWithKill9WhileTheCollectorIsDownDeliversEverySpooledEventAfterARestart() throws Exception {
        long began = System.nanoTime();
        TestCollector down = collector();
        int port = down.port();
        URI uri = down.uri();
        down.close();
        Path spool = dir.resolve("spool");
        Path tls = Files.createDirectories(dir.resolve("child-tls"));
        certs.clientTrust(tls);
        int count = spooledBeforeKill() * 5;

        Process first = launch("first", spool, uri, tls, "killed", count, FsyncPolicy.ALWAYS, "produce");
        AtomicLong spooled = new AtomicLong();
        List<String> out = new CopyOnWriteArrayList<>();
        Thread reader = read(first, out, spooled);
        AtomicLong offeredBeforeKill = new AtomicLong();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> spooled.get() >= spooledBeforeKill() || !first.isAlive());
        assertThat(first.isAlive()).as("producer alive; output: %s", out).isTrue();

        // While it runs, nobody else may use its spool directory.
        assertThatThrownBy(() -> DeliveryPipeline.builder(destination(uri, Duration.ofSeconds(1)))
                .settings(PipelineSettings.builder().spool(DiskSpool.builder(spool).build()).build()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(spool.toAbsolutePath().toString())
                .hasMessageContaining("pid " + first.pid());

        first.destroyForcibly(); // SIGKILL on POSIX: kill -9
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        long durable = spooled.get(); // everything it printed before dying
        out.stream().filter(l -> l.startsWith("offered ")).reduce((a, b) -> b)
                .ifPresent(l -> offeredBeforeKill.set(Long.parseLong(l.substring(8).trim())));
        assertThat(first.exitValue()).isEqualTo(137); // 128 + SIGKILL

        TestCollector up = collectorOnPort(port);
        int fresh = 200;
        Process second = launch("second", spool, uri, tls, "restarted", fresh, FsyncPolicy.ALWAYS, "drain");
        List<String> out2 = new CopyOnWriteArrayList<>();
        Thread reader2 = read(second, out2, new AtomicLong());
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).as("restarted producer drains; output: %s", out2).isTrue();
        reader2.join(10_000);
        assertThat(second.exitValue()).as("restarted producer: %s", out2).isZero();

        List<String> lines = up.lines();
        DeliveryVerifier.Report r = new DeliveryVerifier().acceptLines(lines).report();
        assertThat(r.unreadableLines()).as("no garbage replayed").isZero();
        assertThat(r.conflictingDuplicatesTotal()).isZero();
        DeliveryVerifier.ProducerReport killed = r.producer("killed");
        assertThat(killed.firstSequence()).isEqualTo(1);
        assertThat(killed.missingCount()).isZero();
        assertThat(killed.lastSequence()).as("every event counted as spooled before kill -9").isGreaterThanOrEqualTo(durable);
        DeliveryVerifier.ProducerReport restarted = r.producer("restarted");
        assertThat(restarted.firstSequence()).isEqualTo(1);
        assertThat(restarted.lastSequence()).isEqualTo(fresh);
        assertThat(restarted.missingCount()).isZero();
        assertThat(firstIndexOf(lines, "restarted")).as("the spool is replayed before the new process's events")
                .isGreaterThan(lastIndexOf(lines, "killed"));
        String snapshot = out2.stream().filter(l -> l.startsWith("snapshot")).findFirst().orElseThrow();
        long recovered = number(snapshot, "recovered");
        long corrupt = number(snapshot, "dropped"); // a record torn by the kill, if any: detected, never sent
        assertThat(recovered).isEqualTo(killed.events() - killed.duplicateEvents() + corrupt);
        assertThat(corrupt).isLessThanOrEqualTo(1);

        long killedDelivered = killed.events() - killed.duplicateEvents();
        new Figures("producer JVM killed with kill -9 while the collector is down, restarted with the collector up",
                "HTTPS", durable, killedDelivered, killed.duplicateEvents(), durable - Math.min(durable,
                killed.lastSequence()), 0, durable, killedDelivered, -1, -1, -1, -1, -1, null, since(began),
                "fsync ALWAYS; produced = counted as spooled before the kill (offered >= "
                        + Math.max(offeredBeforeKill.get(), durable) + "; any rest was still in memory, lost by design); delivered "
                        + "includes " + (killedDelivered - durable) + " spooled but not yet printed; + " + fresh
                        + " new events after restart, all delivered after the replay").write();
    }

    static long number(String line, String key) {
        String[] words = line.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(key)) {
                return Long.parseLong(words[i + 1]);
            }
        }
        throw new AssertionError(key + " not in " + line);
    }

    private Process launch(String name, Path spool, URI uri, Path tls, String reporter, int count, FsyncPolicy fsync,
                           String mode) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), ProducerProcess.class.getName(),
                "spool=" + spool, "uri=" + uri, "truststore=" + tls.resolve("truststore.p12"),
                "truststorePassword=" + tls.resolve("truststore.password"), "reporter=" + reporter,
                "count=" + count, "rate=" + rate(), "fsync=" + fsync, "mode=" + mode);
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve(name + ".stderr").toFile()).start();
        resources.add(p::destroyForcibly);
        return p;
    }

    private static Thread read(Process p, List<String> out, AtomicLong spooled) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                    if (line.startsWith("spooled ")) {
                        spooled.set(Long.parseLong(line.substring(8).trim()));
                    }
                }
            } catch (Exception ignored) {
                // the process died
            }
        }, "child-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. Disk full / unusable spool directory

    @Test
    void spoolFullDropsTheOldestSegmentsCountedWithOneWarningAndTheAppKeepsRunning() throws Exception {
        spoolFull(SpoolFullPolicy.DROP_OLDEST, DropReason.SPOOL_EVICTED);
    }

    @Test
    void spoolFullCanRefuseTheNewestInsteadCountedWithOneWarning() throws Exception {
        spoolFull(SpoolFullPolicy.REFUSE_NEWEST, DropReason.SPOOL_FULL);
    }

    private void spoolFull(SpoolFullPolicy policy, DropReason reason) throws Exception {
        long began = System.nanoTime();
        TestCollector first = collector();
        int port = first.port();
        URI uri = first.uri();
        first.close();
        RecordingStatusReporter status = new RecordingStatusReporter();
        long bound = 64 * 1024;
        DeliveryPipeline p = pipeline(destination(uri, Duration.ofSeconds(10)),
                spool("spool").maxBytes(bound).maxSegmentBytes(16 * 1024).fullPolicy(policy).build(),
                b -> b.maxBatchBytes(16 * 1024), status);
        int count = events();
        SteadyProducer producer = new SteadyProducer("disk-full-" + policy, count, rate(), p::offer);
        Sampler sampler = new Sampler(List.of(p));
        producer.start().join(Duration.ofMinutes(15));
        DeliverySnapshot during = p.snapshot();
        assertThat(during.dropped(reason)).as("spool bound reached").isPositive();
        TestCollector up = collectorOnPort(port);
        await().atMost(Duration.ofMinutes(2)).until(() -> idle(p));
        sampler.close();

        DeliverySnapshot s = p.snapshot();
        DeliveryVerifier.Report r = new DeliveryVerifier().acceptLines(up.lines()).report();
        long distinct = r.distinctEvents();
        assertThat(producer.produced()).as("the application kept running").isEqualTo(count);
        assertThat(distinct + s.droppedTotal()).as("every event delivered or counted").isEqualTo(count);
        assertThat(s.droppedTotal()).as("only spool-full reasons")
                .isEqualTo(s.dropped(DropReason.SPOOL_EVICTED) + s.dropped(DropReason.SPOOL_FULL));
        assertThat(sampler.peakSpoolBytes()).isLessThanOrEqualTo(bound);
        assertThat(r.conflictingDuplicatesTotal()).isZero();
        assertFirstOccurrencesInOrder(up.lines());
        assertThat(status.linesStartingWith("WARN disk spool")).as("one clear warning").hasSize(1)
                .first().asString().contains("is full").contains(reason.name());
        figures("disk full: spool bounded to 64 KiB, " + policy, "HTTPS", producer, r, s, sampler, -1, began,
                "collector down while producing; " + reason + " = " + s.dropped(reason)).write();
    }

    @Test
    void anUnusableSpoolDirectoryDropsWithAReasonWithOneWarningAndTheAppKeepsRunning() throws Exception {
        long began = System.nanoTime();
        TestCollector first = collector();
        int port = first.port();
        URI uri = first.uri();
        first.close();
        // Root ignores permission bits, so a read-only directory would not fail in CI: put the spool under a file.
        Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
        RecordingStatusReporter status = new RecordingStatusReporter();
        long queue = 128 * 1024;
        DeliveryPipeline p = pipeline(destination(uri, Duration.ofSeconds(10)),
                DiskSpool.builder(file.resolve("spool")).build(), b -> b.maxQueueBytes(queue).maxBatchBytes(32 * 1024),
                status);
        int count = events();
        SteadyProducer producer = new SteadyProducer("unusable-dir", count, rate(), p::offer);
        Sampler sampler = new Sampler(List.of(p));
        producer.start().join(Duration.ofMinutes(15));
        assertThat(p.snapshot().dropped(DropReason.SPOOL_WRITE_FAILED)).isPositive();
        TestCollector up = collectorOnPort(port);
        await().atMost(Duration.ofMinutes(2)).until(() -> idle(p));
        sampler.close();

        DeliverySnapshot s = p.snapshot();
        DeliveryVerifier.Report r = new DeliveryVerifier().acceptLines(up.lines()).report();
        assertThat(producer.produced()).isEqualTo(count);
        assertThat(r.distinctEvents() + s.droppedTotal()).isEqualTo(count);
        assertThat(s.droppedTotal()).isEqualTo(s.dropped(DropReason.SPOOL_WRITE_FAILED));
        assertThat(s.heldBytesHighWaterMark()).isLessThanOrEqualTo(queue);
        assertFirstOccurrencesInOrder(up.lines());
        assertThat(status.linesStartingWith("WARN disk spool")).as("one clear warning").hasSize(1)
                .first().asString().contains(file.resolve("spool").toString());
        figures("spool directory unusable (path under a regular file)", "HTTPS", producer, r, s, sampler, -1, began,
                "collector down while producing; queue " + queue / 1024 + " KiB; SPOOL_WRITE_FAILED = "
                        + s.dropped(DropReason.SPOOL_WRITE_FAILED)).write();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5. Slow collector

    /** Sanity bound on the 99th percentile of {@code offer}: 1000× the microseconds it takes; JMH owns real figures. */
    static final Duration OFFER_P99_BOUND = Duration.ofMillis(50);

    @Test
    void aSlowCollectorDoesNotSlowTheApplication() throws Exception {
        long began = System.nanoTime();
        TestCollector c = collector();
        c.behaveByDefault(Fault.delay(Duration.ofSeconds(5)));
        DeliveryPipeline p = pipeline(destination(c.uri(), Duration.ofSeconds(15)), spool("spool").build(),
                b -> b.maxBatchEvents(2000).maxBatchBytes((int) QUEUE_BYTES), new RecordingStatusReporter());
        int count = events();
        SteadyProducer producer = new SteadyProducer("slow", count, rate(), p::offer);
        Sampler sampler = new Sampler(List.of(p));
        producer.start().join(Duration.ofMinutes(15));
        Duration p99 = producer.offerLatency(99);
        awaitAll(p, c::lines, count);
        sampler.close();

        DeliveryVerifier.Report r = verify(c.lines(), producer, count);
        assertThat(r.duplicatesTotal()).isZero();
        assertThat(p99).as("offer p99 with a collector answering after 5 s").isLessThan(OFFER_P99_BOUND);
        DeliverySnapshot s = p.snapshot();
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.heldBytesHighWaterMark()).isLessThanOrEqualTo(QUEUE_BYTES);
        assertFirstOccurrencesInOrder(c.lines());
        assertThat(c.requests()).allMatch(q -> q.respondedNanos() - q.receivedNanos() >= TimeUnit.SECONDS.toNanos(5));
        figures("slow collector (answers after 5 s)", "HTTPS", producer, r, s, sampler, -1, began,
                "offer p99 " + p99.toNanos() / 1000 + " µs, max " + producer.offerLatency(100).toNanos() / 1000
                        + " µs (bound " + OFFER_P99_BOUND.toMillis() + " ms)").write();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 6. 429 storm with Retry-After

    @Test
    void a429StormIsWaitedOutAsToldAndEverythingIsDeliveredAfter() throws Exception {
        long began = System.nanoTime();
        TestCollector c = collector();
        int storm = 4;
        long retryAfterSeconds = 2;
        for (int i = 0; i < storm; i++) {
            c.enqueue(Fault.status(429, Long.toString(retryAfterSeconds)));
        }
        DeliveryPipeline p = pipeline(destination(c.uri(), Duration.ofSeconds(10)), spool("spool").build(),
                b -> { }, new RecordingStatusReporter());
        int count = events();
        SteadyProducer producer = new SteadyProducer("storm", count, rate(), p::offer);
        Sampler sampler = new Sampler(List.of(p));
        producer.start().join(Duration.ofMinutes(15));
        awaitAll(p, c::lines, count);
        sampler.close();

        List<TestCollector.RecordedRequest> requests = c.requests();
        assertThat(requests).filteredOn(q -> q.outcome() == 429).hasSize(storm);
        for (int i = 0; i + 1 < requests.size(); i++) {
            if (requests.get(i).outcome() == 429) {
                long gap = requests.get(i + 1).receivedNanos() - requests.get(i).respondedNanos();
                assertThat(Duration.ofNanos(gap)).as("request %d came after the Retry-After", i + 1)
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(retryAfterSeconds));
            }
        }
        DeliveryVerifier.Report r = verify(c.lines(), producer, count);
        assertThat(r.duplicatesTotal()).isZero();
        DeliverySnapshot s = p.snapshot();
        assertThat(s.retries()).isGreaterThanOrEqualTo(storm);
        assertThat(s.droppedTotal()).isZero();
        assertFirstOccurrencesInOrder(c.lines());
        figures("429 storm (" + storm + " × Retry-After: " + retryAfterSeconds + ")", "HTTPS", producer, r, s,
                sampler, -1, began, "no request before Retry-After elapsed; " + s.retries() + " retries").write();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // helpers

    TestCollector collector() {
        TestCollector c = TestCollector.start(certs, null);
        resources.add(c);
        return c;
    }

    TestCollector collectorOnPort(int port) {
        TestCollector c = TestCollector.startOnPort(certs, null, port);
        resources.add(c);
        return c;
    }

    HttpCollectorDestination destination(URI uri, Duration requestTimeout) {
        try {
            return HttpCollectorDestination.builder(uri).tls(certs.clientTrust(Files.createDirectories(dir.resolve("tls"))))
                    .connectTimeout(Duration.ofSeconds(1)).requestTimeout(requestTimeout).build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    SyslogDestination syslogDestination(int port) throws java.io.IOException {
        return SyslogDestination.builder("127.0.0.1").port(port)
                .tls(certs.clientTrust(Files.createDirectories(dir.resolve("syslog-tls"))))
                .connectTimeout(Duration.ofSeconds(1)).writeTimeout(Duration.ofSeconds(2)).build();
    }

    DiskSpool.Builder spool(String name) {
        return DiskSpool.builder(dir.resolve(name));
    }

    DeliveryPipeline pipeline(uk.gov.justice.securityevents.transport.Destination d, DiskSpool spool,
                              Consumer<PipelineSettings.Builder> tweak, RecordingStatusReporter status) {
        PipelineSettings.Builder b = PipelineSettings.builder()
                .spool(spool)
                .maxQueueBytes(QUEUE_BYTES)
                .maxBatchEvents(BATCH)
                .maxBatchBytes(256 * 1024)
                .linger(Duration.ofMillis(50))
                .initialBackoff(Duration.ofMillis(100))
                .maxBackoff(Duration.ofSeconds(1));
        tweak.accept(b);
        DeliveryPipeline p = DeliveryPipeline.builder(d).settings(b.build()).statusReporter(status).build();
        pipelines.add(p);
        p.start();
        return p;
    }

    static boolean idle(DeliveryPipeline p) {
        DeliverySnapshot s = p.snapshot();
        return s.pendingEvents() == 0 && s.spoolEvents() == 0 && s.delivered() + s.droppedTotal() == s.offered();
    }

    static void awaitAll(DeliveryPipeline p, Supplier<List<String>> lines, int count) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> idle(p)
                && new DeliveryVerifier().acceptLines(lines.get()).report().distinctEvents() >= count);
    }

    static DeliveryVerifier.Report verify(List<String> lines, SteadyProducer producer, int count) {
        DeliveryVerifier.Report r = new DeliveryVerifier().acceptLines(lines).report();
        DeliveryVerifier.ProducerReport pr = r.producer(producer.reporter());
        assertThat(producer.produced()).isEqualTo(count);
        assertThat(r.unreadableLines()).isZero();
        assertThat(pr).as("events of %s", producer.reporter()).isNotNull();
        assertThat(pr.firstSequence()).isEqualTo(1);
        assertThat(pr.lastSequence()).isEqualTo(count);
        assertThat(pr.missingCount()).as("lost: %s", pr.missing()).isZero();
        assertThat(pr.events() - pr.duplicateEvents()).isEqualTo(count);
        assertThat(r.conflictingDuplicatesTotal()).as("duplicates have the same bytes").isZero();
        return r;
    }

    /** Per producer, the first copy of each event arrives in sequence order (duplicates may come later). */
    static void assertFirstOccurrencesInOrder(List<String> lines) {
        Set<String> seen = new HashSet<>();
        Map<String, Long> last = new HashMap<>();
        for (String line : lines) {
            int bom = line.indexOf('\uFEFF');
            JsonFieldScanner.Fields f = JsonFieldScanner.scan((bom >= 0 ? line.substring(bom + 1) : line).strip());
            if (!seen.add(f.uid())) {
                continue;
            }
            Long previous = last.put(f.reporterUid(), f.sequence());
            if (previous != null) {
                assertThat(f.sequence()).as("order of %s", f.reporterUid()).isGreaterThan(previous);
            }
        }
    }

    static int firstIndexOf(List<String> lines, String reporter) {
        for (int i = 0; i < lines.size(); i++) {
            if (reporter.equals(JsonFieldScanner.scan(lines.get(i)).reporterUid())) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(List<String> lines, String reporter) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (reporter.equals(JsonFieldScanner.scan(lines.get(i)).reporterUid())) {
                return i;
            }
        }
        return -1;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    Figures figures(String fault, String destination, SteadyProducer producer, DeliveryVerifier.Report r,
                    DeliverySnapshot s, Sampler sampler, long liveHeap, long began, String note) {
        DeliveryVerifier.ProducerReport pr = r.producer(producer.reporter());
        long distinct = pr == null ? 0 : pr.events() - pr.duplicateEvents();
        long dups = pr == null ? 0 : pr.duplicateEvents();
        return new Figures(fault + " [" + run() + "]", destination, producer.produced(), distinct, dups,
                producer.produced() - distinct - s.droppedTotal(), s.droppedTotal(), s.spooled(), s.replayed(),
                sampler.peakHeld(), QUEUE_BYTES, sampler.peakSpoolBytes(), sampler.peakHeap(), liveHeap,
                producer.offerLatency(99), since(began), note);
    }
}
