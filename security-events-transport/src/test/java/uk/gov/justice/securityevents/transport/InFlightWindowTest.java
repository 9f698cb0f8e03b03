package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.transport.testsupport.Fault;
import uk.gov.justice.securityevents.transport.testsupport.ScriptedDestination;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector;
import uk.gov.justice.securityevents.transport.testsupport.TestCollector.RecordedRequest;
import uk.gov.justice.securityevents.transport.testsupport.TestEvents;
import uk.gov.justice.securityevents.transport.testsupport.Threads;

/**
 * Several batches in flight ({@link PipelineSettings#maxInFlightBatches()}) against the real HTTPS
 * {@link TestCollector}: the requests really overlap, faults on some of them are handled per batch as one batch at a
 * time would handle them, the accounting stays exact, and stop drains the window.
 */
class InFlightWindowTest extends HttpsCollectorTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final int BATCH = 100;

    static PipelineSettings.Builder settings(int window) {
        return PipelineSettings.builder()
                .maxInFlightBatches(window)
                .maxBatchEvents(BATCH)
                .linger(Duration.ofMillis(20))
                .initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofMillis(200));
    }

    HttpCollectorDestination.Builder destination() {
        return HttpCollectorDestination.builder(collector.uri())
                .tls(certs.clientTrust(dir))
                .connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(10));
    }

    /** Builds the pipeline and offers {@code count} events before starting it, so full batches are ready at once. */
    List<OutboundEvent> startWith(Destination destination, PipelineSettings settings, int count) {
        pipeline = DeliveryPipeline.builder(destination).settings(settings).listener(listener).statusReporter(status)
                .build();
        List<OutboundEvent> sent = IntStream.rangeClosed(1, count).mapToObj(TestEvents::event).toList();
        for (OutboundEvent e : sent) {
            assertThat(pipeline.offer(e)).isTrue();
        }
        pipeline.start();
        return sent;
    }

    static List<String> jsonOf(List<OutboundEvent> events) {
        return events.stream().map(TestEvents::json).toList();
    }

    /** offered == delivered + dropped + pending, nothing held, every event once at the collector. */
    void assertSettledExactly(int offered, long delivered, List<String> expectedLines) {
        await().atMost(WAIT).untilAsserted(() -> {
            DeliverySnapshot s = pipeline.snapshot();
            assertThat(s.pendingEvents()).isZero();
            assertThat(s.delivered()).isEqualTo(delivered);
        });
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.offered()).isEqualTo(offered);
        assertThat(s.delivered() + s.droppedTotal() + s.pendingEvents()).isEqualTo(s.offered());
        assertThat(s.heldBytes()).isZero();
        assertThat(s.queuedEvents()).isZero();
        assertThat(collector.lines()).containsExactlyInAnyOrderElementsOf(expectedLines); // no loss, no duplicate
        assertThat(listener.callsStartingWith("delivered").stream()
                .mapToLong(c -> Long.parseLong(c.substring("delivered ".length()))).sum())
                .as("onDelivered once per delivered batch").isEqualTo(delivered);
    }

    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void requestsOverlapUpToTheWindowAndEveryEventArrivesOnce() {
        collector = TestCollector.start(certs, null);
        collector.behaveByDefault(Fault.delay(Duration.ofMillis(300))); // a slow collector: attempts pile up
        List<OutboundEvent> sent = startWith(destination().build(), settings(4).build(), 12 * BATCH);

        assertSettledExactly(sent.size(), sent.size(), jsonOf(sent));
        assertThat(collector.maxConcurrentRequests()).as("several requests at once, never more than the window")
                .isEqualTo(4);
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.batchesDelivered()).isEqualTo(12).isEqualTo(collector.requests().size());
        assertThat(s.retries()).isZero();
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.failing()).isFalse();
        assertThat(collector.requests()).allSatisfy(r -> assertThat(r.lineCount()).isEqualTo(BATCH));
        assertThat(status.lines()).isEmpty();
    }

    @Test
    void aPartialBatchIsGatheredByLingerAndGoesAloneAfterTheBatchesInFlight() throws InterruptedException {
        collector = TestCollector.start(certs, null);
        collector.behaveByDefault(Fault.delay(Duration.ofSeconds(1)));
        // a full batch in flight holds more retained bytes than maxBatchBytes: that must not make the queue look full
        PipelineSettings s = settings(4).maxBatchEvents(50).maxBatchBytes(16 * 1024).linger(Duration.ofMillis(300))
                .build();
        List<OutboundEvent> sent = startWith(destination().build(), s, 50);
        await().atMost(WAIT).until(() -> collector.requestsInProgress() == 1);
        List<OutboundEvent> more = IntStream.rangeClosed(51, 60).mapToObj(TestEvents::event).toList();
        for (OutboundEvent e : more) {
            pipeline.offer(e);
            Thread.sleep(10);
        }
        List<OutboundEvent> all = new ArrayList<>(sent);
        all.addAll(more);

        assertSettledExactly(all.size(), all.size(), jsonOf(all));
        List<RecordedRequest> requests = collector.requests();
        assertThat(requests).extracting(RecordedRequest::lineCount).containsExactly(50, 10);
        assertThat(requests.get(1).receivedNanos()).as("light traffic: one batch at a time")
                .isGreaterThanOrEqualTo(requests.get(0).respondedNanos());
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(all)); // so in offer order
    }

    @Test
    void aWindowOfOneSendsOneRequestAtATime() {
        collector = TestCollector.start(certs, null);
        collector.behaveByDefault(Fault.delay(Duration.ofMillis(100)));
        List<OutboundEvent> sent = startWith(destination().build(), settings(1).build(), 5 * BATCH);

        assertSettledExactly(sent.size(), sent.size(), jsonOf(sent));
        assertThat(collector.maxConcurrentRequests()).isEqualTo(1);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent)); // and in offer order
    }

    @Test
    void withADiskSpoolBatchesGoOneAtATime() {
        collector = TestCollector.start(certs, null);
        collector.behaveByDefault(Fault.delay(Duration.ofMillis(100)));
        PipelineSettings s = settings(8).spool(DiskSpool.builder(dir.resolve("spool")).build()).build();
        List<OutboundEvent> sent = startWith(destination().build(), s, 5 * BATCH);

        assertSettledExactly(sent.size(), sent.size(), jsonOf(sent));
        assertThat(collector.maxConcurrentRequests()).isEqualTo(1);
        assertThat(collector.lines()).containsExactlyElementsOf(jsonOf(sent));
    }

    @Test
    void serverErrorsOnSomeConcurrentRequestsAreRetriedAndCountedOncePerBatch() {
        collector = TestCollector.start(certs, null);
        // the first requests to arrive (whichever batches they carry) fail; the others are slow but succeed
        collector.enqueue(Fault.status(500), Fault.status(503), Fault.reset());
        collector.behaveByDefault(Fault.delay(Duration.ofMillis(50)));
        List<OutboundEvent> sent = startWith(destination().build(), settings(4).build(), 10 * BATCH);

        assertSettledExactly(sent.size(), sent.size(), jsonOf(sent));
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.retries()).as("one re-send per failed attempt").isEqualTo(3);
        assertThat(s.batchesDelivered()).isEqualTo(10);
        assertThat(s.droppedTotal()).isZero();
        assertThat(s.failing()).isFalse();
        assertThat(collector.requests()).extracting(RecordedRequest::outcome).filteredOn(o -> o != 200)
                .containsExactlyInAnyOrder(500, 503, -2);
        assertThat(listener.callsStartingWith("retry")).hasSize(3)
                .allSatisfy(c -> assertThat(c).startsWith("retry " + BATCH + " "));
        assertThat(listener.callsStartingWith("failing")).hasSize(1);
        assertThat(listener.callsStartingWith("recovered")).hasSize(1);
        assertThat(status.linesStartingWith("WARN delivery to HTTP collector")).hasSize(1);
        assertThat(status.linesStartingWith("INFO delivery to HTTP collector")).singleElement().asString()
                .contains("recovered");
    }

    @Test
    void aStaleSuccessDoesNotCutTheBackOffShortAndRetryAfterIsHonoured() {
        collector = TestCollector.start(certs, null);
        // two batches in flight together: the first to arrive is told to come back in 1 s, the other is answered
        // (with success) 300 ms later, after the 429 has been seen
        collector.enqueue(Fault.status(429, "1"));
        collector.behaveByDefault(Fault.delay(Duration.ofMillis(300)));
        List<OutboundEvent> sent = startWith(destination().build(), settings(4).build(), 2 * BATCH);

        assertSettledExactly(sent.size(), sent.size(), jsonOf(sent));
        List<RecordedRequest> requests = new ArrayList<>(collector.requests());
        requests.sort(Comparator.comparingLong(RecordedRequest::receivedNanos));
        assertThat(requests).extracting(RecordedRequest::outcome).containsExactlyInAnyOrder(429, 200, 200);
        RecordedRequest tooMany = requests.stream().filter(r -> r.outcome() == 429).findFirst().orElseThrow();
        RecordedRequest retry = requests.get(2);
        assertThat(requests.indexOf(tooMany)).as("one of the two first requests").isLessThan(2);
        assertThat(retry.receivedNanos() - tooMany.respondedNanos()).as("nothing sent before Retry-After (1 s)")
                .isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
        List<String> calls = listener.calls();
        assertThat(calls).filteredOn(c -> c.startsWith("delivered") || c.equals("recovered"))
                .as("the batch sent before the 429 succeeds first, without ending the outage; the retry ends it")
                .containsExactly("delivered " + BATCH, "recovered", "delivered " + BATCH);
        assertThat(listener.callsStartingWith("retry")).singleElement().asString().contains("HTTP 429");
        assertThat(pipeline.snapshot().retries()).isEqualTo(1);
    }

    @Test
    void aHungRequestTimesOutAndIsRetriedWhileTheOthersAreDelivered() {
        collector = TestCollector.start(certs, null);
        collector.enqueue(Fault.hang());
        List<OutboundEvent> sent = startWith(destination().requestTimeout(Duration.ofMillis(700)).build(),
                settings(4).build(), 6 * BATCH);

        assertSettledExactly(sent.size(), sent.size(), jsonOf(sent));
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.retries()).isEqualTo(1);
        assertThat(s.droppedTotal()).isZero();
        assertThat(listener.callsStartingWith("retry")).singleElement().asString().contains("timeout");
        assertThat(collector.requestsInProgress()).as("the hung request, given up by the client").isOne();
        assertThat(collector.arrivals()).isEqualTo(7);
    }

    @Test
    void tooLargeBatchesAreSplitAndASingleTooLargeEventIsDroppedWithExactCounts() {
        collector = TestCollector.start(certs, null);
        collector.rejectBodiesLargerThan(40 * 300); // roughly 40 events of TestEvents: every batch of 100 is split
        List<OutboundEvent> sent = new ArrayList<>(IntStream.rangeClosed(1, 6 * BATCH)
                .mapToObj(TestEvents::event).toList());
        OutboundEvent huge = TestEvents.event(99_999, "x".repeat(20_000));
        sent.add(250, huge);
        pipeline = DeliveryPipeline.builder(destination().gzip(false).build()).settings(settings(4).build())
                .listener(listener).statusReporter(status).build();
        sent.forEach(pipeline::offer);
        pipeline.start();

        List<OutboundEvent> expected = new ArrayList<>(sent);
        expected.remove(huge);
        assertSettledExactly(sent.size(), expected.size(), jsonOf(expected));
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.dropped(DropReason.EVENT_TOO_LARGE)).isEqualTo(1);
        assertThat(s.droppedTotal()).isEqualTo(1);
        assertThat(s.retries()).isZero();
        assertThat(collector.requests()).anyMatch(r -> r.outcome() == 413);
        assertThat(collector.requests()).filteredOn(r -> r.outcome() == 200)
                .allSatisfy(r -> assertThat(r.wireBytes()).isLessThanOrEqualTo(40 * 300));
        await().atMost(WAIT).until(() -> !listener.callsStartingWith("dropped EVENT_TOO_LARGE").isEmpty());
    }

    @Test
    void aRejectedCredentialDropsEveryBatchOnceAsRejected() {
        collector = TestCollector.start(certs, "the-right-key");
        List<OutboundEvent> sent = startWith(destination()
                .apiKey(SecretSource.fromEnvironment("KEY")).environment(n -> "a-wrong-key").build(),
                settings(4).build(), 8 * BATCH);

        await().atMost(WAIT).until(() -> pipeline.snapshot().dropped(DropReason.REJECTED) == sent.size());
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.delivered()).isZero();
        assertThat(s.retries()).isZero();
        assertThat(s.pendingEvents()).isZero();
        assertThat(s.droppedTotal()).isEqualTo(sent.size());
        assertThat(s.permanentFailures()).isEqualTo(8).isEqualTo(collector.requests().size());
        assertThat(collector.requests()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(401));
        assertThat(listener.callsStartingWith("permanent")).hasSize(8);
        assertThat(status.linesStartingWith("WARN delivery to HTTP collector")).singleElement().asString()
                .contains("HTTP 401").doesNotContain("a-wrong-key");
    }

    @Test
    void stopWaitsForTheBatchesInFlightAndDeliversEverything() {
        collector = TestCollector.start(certs, null);
        collector.behaveByDefault(Fault.delay(Duration.ofMillis(400)));
        pipeline = DeliveryPipeline.builder(destination().build())
                .settings(settings(4).linger(Duration.ofMinutes(1)).build()) // only stop() flushes
                .listener(listener).statusReporter(status).build();
        pipeline.start();
        List<OutboundEvent> sent = IntStream.rangeClosed(1, 9 * BATCH + 37).mapToObj(TestEvents::event).toList();
        sent.forEach(pipeline::offer);
        await().atMost(WAIT).until(() -> collector.requestsInProgress() == 4); // the full batches, in flight

        long undelivered = pipeline.stop(Duration.ofSeconds(20));

        assertThat(undelivered).isZero();
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.delivered()).isEqualTo(sent.size());
        assertThat(s.pendingEvents()).isZero();
        assertThat(s.droppedTotal()).isZero();
        assertThat(collector.lines()).containsExactlyInAnyOrderElementsOf(jsonOf(sent));
        assertThat(collector.maxConcurrentRequests()).isEqualTo(4);
        assertThat(Threads.transportThreads()).noneMatch(n -> n.startsWith("security-events-sender-"));
    }

    @Test
    void stopGivesUpOnHungBatchesInFlightAtTheDeadlineAndCountsEveryEventOnce() {
        collector = TestCollector.start(certs, null);
        collector.behaveByDefault(Fault.hang());
        pipeline = DeliveryPipeline.builder(destination().requestTimeout(Duration.ofMinutes(5)).build())
                .settings(settings(4).build()).listener(listener).statusReporter(status).build();
        pipeline.start();
        int count = 10 * BATCH;
        IntStream.rangeClosed(1, count).mapToObj(TestEvents::event).forEach(pipeline::offer);
        await().atMost(WAIT).until(() -> collector.requestsInProgress() == 4);

        long undelivered = pipeline.stop(Duration.ofMillis(300));

        assertThat(undelivered).isEqualTo(count);
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.dropped(DropReason.SHUTDOWN)).isEqualTo(count);
        assertThat(s.droppedTotal()).isEqualTo(count);
        assertThat(s.delivered()).isZero();
        assertThat(s.pendingEvents()).isZero();
        assertThat(s.heldBytes()).isZero();
        assertThat(collector.arrivals()).as("no more than the window was ever sent").isEqualTo(4);
        assertThat(status.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN stopped with " + count + " event(s)"));
    }

    // --------------------------------------------------------------------------------------- the destination decides

    @Test
    void onlyTheHttpsCollectorAllowsSeveralSendsAtOnce() throws Exception {
        collector = TestCollector.start(certs, null);
        try (HttpCollectorDestination https = destination().build();
             SyslogDestination syslog = SyslogDestination.builder("localhost").build();
             NdjsonFileDestination file = NdjsonFileDestination.builder(dir.resolve("events.ndjson")).build();
             StdoutDestination stdout = StdoutDestination.create()) {
            assertThat(https.maxConcurrentSends()).isEqualTo(HttpCollectorDestination.MAX_CONCURRENT_SENDS);
            assertThat(syslog.maxConcurrentSends()).isOne();
            assertThat(file.maxConcurrentSends()).isOne();
            assertThat(stdout.maxConcurrentSends()).isOne();
        }
    }

    @Test
    void theWindowIsTheSmallerOfTheSettingAndTheDestinationsLimit() {
        assertThat(maxOutstanding(8, 1)).as("a destination with one stream").isOne();
        assertThat(maxOutstanding(8, 3)).as("capped by the destination").isEqualTo(3);
        assertThat(maxOutstanding(2, 16)).as("capped by the setting").isEqualTo(2);
    }

    private int maxOutstanding(int setting, int destinationLimit) {
        ScriptedDestination d = new ScriptedDestination();
        d.maxConcurrentSends(destinationLimit);
        for (int i = 0; i < 10; i++) {
            d.then(new ScriptedDestination.Step(Duration.ofMillis(100), DeliveryResult.delivered()));
        }
        DeliveryPipeline p = DeliveryPipeline.builder(d).settings(settings(setting).maxBatchEvents(10).build())
                .statusReporter(status).build();
        IntStream.rangeClosed(1, 100).mapToObj(TestEvents::event).forEach(p::offer);
        p.start();
        await().atMost(WAIT).until(() -> p.snapshot().delivered() == 100);
        p.stop(Duration.ofSeconds(1));
        return d.maxOutstanding();
    }

    @Test
    void afterAFailureRetriesGoOneAtATimeInOfferOrderBeforeAnyNewBatch() {
        ScriptedDestination d = new ScriptedDestination();
        d.maxConcurrentSends(16);
        for (int i = 0; i < 4; i++) { // the first four batches, sent together, all fail
            d.then(new ScriptedDestination.Step(Duration.ofMillis(100), DeliveryResult.retryable("503", null)));
        }
        pipeline = DeliveryPipeline.builder(d).settings(settings(4).maxBatchEvents(10).build()).listener(listener)
                .statusReporter(status).build();
        List<OutboundEvent> sent = IntStream.rangeClosed(1, 80).mapToObj(TestEvents::event).toList();
        sent.forEach(pipeline::offer);
        pipeline.start();

        await().atMost(WAIT).until(() -> pipeline.snapshot().delivered() == 80);
        assertThat(d.outstandingAtSend().subList(0, 4)).containsExactly(1, 2, 3, 4);
        assertThat(d.outstandingAtSend().subList(4, 8)).as("the four retries, one at a time")
                .containsExactly(1, 1, 1, 1);
        assertThat(d.deliveredSequences()).as("retried in offer order, before the batches behind them")
                .containsExactlyElementsOf(sequences(1, 80));
        DeliverySnapshot s = pipeline.snapshot();
        assertThat(s.retries()).isEqualTo(4);
        assertThat(s.batchesDelivered()).isEqualTo(8);
        assertThat(listener.callsStartingWith("retry")).hasSize(4);
        assertThat(listener.callsStartingWith("failing")).hasSize(1);
        assertThat(listener.callsStartingWith("recovered")).hasSize(1);
    }

    private static List<Long> sequences(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> (long) i).toList();
    }
}
