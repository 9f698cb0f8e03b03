package uk.gov.justice.securityevents.spring.internal;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import uk.gov.justice.securityevents.transport.DeliverySnapshot;
import uk.gov.justice.securityevents.transport.DropReason;

/**
 * Micrometer meters over the transport's counters, read from a {@link DeliverySnapshot} when the registry is
 * scraped (nothing is counted twice, nothing is added to the emit path). Bound by Boot to every
 * {@link MeterRegistry} as a {@link MeterBinder}; they read zero while no shipping pipeline exists (stdout console).
 *
 * <ul>
 *   <li>Counters: {@code security.events.offered}, {@code .delivered}, {@code .retries}, {@code .failed.permanently},
 *       {@code .dropped{reason}} (one per {@link DropReason}), {@code .spooled}, {@code .replayed},
 *       {@code .batches.delivered}.</li>
 *   <li>Gauges: {@code security.events.queue.events}, {@code .queue.bytes}, {@code .spool.bytes},
 *       {@code .spool.events}, {@code .spool.segments}, {@code .delivery.failing} (1 or 0),
 *       {@code .delivery.latency.last} and {@code .delivery.latency.max} (time gauges).</li>
 * </ul>
 */
public final class DeliveryMeters implements MeterBinder {
    private final DeliveryState delivery;

    /** @param delivery the current pipeline */
    public DeliveryMeters(DeliveryState delivery) {
        this.delivery = delivery;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(registry, "security.events.offered", "Security events offered to the delivery pipeline",
                DeliverySnapshot::offered);
        counter(registry, "security.events.delivered", "Security events accepted by the destination",
                DeliverySnapshot::delivered);
        counter(registry, "security.events.retries", "Batch attempts made after a transient failure",
                DeliverySnapshot::retries);
        counter(registry, "security.events.failed.permanently", "Batch attempts rejected permanently",
                DeliverySnapshot::permanentFailures);
        counter(registry, "security.events.batches.delivered", "Batches accepted by the destination",
                DeliverySnapshot::batchesDelivered);
        counter(registry, "security.events.spooled", "Security events written to the disk spool",
                DeliverySnapshot::spooled);
        counter(registry, "security.events.replayed", "Security events replayed from the disk spool and delivered",
                DeliverySnapshot::replayed);
        for (DropReason reason : DropReason.values()) {
            FunctionCounter.builder("security.events.dropped", delivery, d -> read(d, s -> s.dropped(reason)))
                    .description("Security events not delivered, by reason").tag("reason", reason.name())
                    .register(registry);
        }
        gauge(registry, "security.events.queue.events", "Security events held in memory, not yet delivered",
                DeliverySnapshot::pendingEvents, null);
        gauge(registry, "security.events.queue.bytes", "Bytes of security events held in memory",
                DeliverySnapshot::heldBytes, "bytes");
        gauge(registry, "security.events.spool.bytes", "Size of the disk spool's segment files",
                DeliverySnapshot::spoolBytes, "bytes");
        gauge(registry, "security.events.spool.events", "Security events in the disk spool, not yet delivered",
                DeliverySnapshot::spoolEvents, null);
        gauge(registry, "security.events.spool.segments", "Segment files in the disk spool",
                DeliverySnapshot::spoolSegments, null);
        gauge(registry, "security.events.delivery.failing", "1 while delivery is failing, else 0",
                s -> s.failing() ? 1 : 0, null);
        TimeGauge.builder("security.events.delivery.latency.last", delivery, TimeUnit.MILLISECONDS,
                d -> read(d, s -> millis(s.lastLatency()))).description("Latency of the last delivered batch")
                .register(registry);
        TimeGauge.builder("security.events.delivery.latency.max", delivery, TimeUnit.MILLISECONDS,
                d -> read(d, s -> millis(s.maxLatency()))).description("Largest batch latency seen")
                .register(registry);
    }

    private void counter(MeterRegistry registry, String name, String description,
            ToDoubleFunction<DeliverySnapshot> value) {
        FunctionCounter.builder(name, delivery, d -> read(d, value)).description(description).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String description,
            ToDoubleFunction<DeliverySnapshot> value, String unit) {
        Gauge.Builder<DeliveryState> b = Gauge.builder(name, delivery, d -> read(d, value)).description(description);
        if (unit != null) {
            b.baseUnit(unit);
        }
        b.register(registry);
    }

    private static double read(DeliveryState d, ToDoubleFunction<DeliverySnapshot> value) {
        DeliverySnapshot s = d.current();
        return s == null ? 0 : value.applyAsDouble(s);
    }

    private static double millis(Duration d) {
        return d == null ? 0 : d.toNanos() / 1_000_000.0;
    }
}
