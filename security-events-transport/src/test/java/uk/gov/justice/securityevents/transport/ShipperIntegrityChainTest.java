package uk.gov.justice.securityevents.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.conformance.AllEventFixtures;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.integrity.ChainFinding;
import uk.gov.justice.securityevents.integrity.ChainVerifier;
import uk.gov.justice.securityevents.integrity.HashChain;
import uk.gov.justice.securityevents.transport.testsupport.RecordingStatusReporter;
import uk.gov.justice.securityevents.transport.testsupport.ScriptedDestination;

/**
 * A shipper whose writer links events into a hash chain, fed by several threads at once: the chain's verifier reads
 * the delivered stream in arrival order, so linking and queueing must be one step or it reports events as reordered.
 */
class ShipperIntegrityChainTest {

    private static final int THREADS = 4;
    private static final int EVENTS_PER_THREAD = 2_000;

    @Test
    void concurrentProducersDeliverAnIntactChain() throws Exception {
        ScriptedDestination destination = new ScriptedDestination();
        SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context())
                .integrityChain(HashChain.sha256("chain-under-load")).build();
        DeliveryPipeline pipeline = DeliveryPipeline.builder(destination)
                .settings(PipelineSettings.builder().linger(Duration.ofMillis(1)).build()).build();
        SecurityEventShipper shipper = new SecurityEventShipper(writer, pipeline, new RecordingStatusReporter());
        shipper.start();
        SecurityEvents events = SecurityEvents.builder().build();
        SecurityEvent event = AllEventFixtures.all().get(0).build();

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> producers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            producers.add(pool.submit(() -> {
                go.await();
                int shipped = 0;
                for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                    shipped += shipper.ship(events.stamp(event)) ? 1 : 0;
                }
                return shipped;
            }));
        }
        go.countDown();
        int shipped = 0;
        for (Future<Integer> f : producers) {
            shipped += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(shipper.stop(Duration.ofSeconds(30))).isZero();

        List<byte[]> lines = new ArrayList<>();
        for (OutboundEvent e : destination.delivered()) {
            lines.add(e.jsonBytes());
        }
        assertThat(shipped).isEqualTo(THREADS * EVENTS_PER_THREAD);
        assertThat(lines).hasSize(THREADS * EVENTS_PER_THREAD);
        List<ChainFinding> findings = ChainVerifier.unkeyed().verifyLines(lines);
        assertThat(findings).as("chain findings over %d events from %d threads", lines.size(), THREADS).isEmpty();
    }
}
