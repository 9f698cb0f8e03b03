package uk.gov.justice.securityevents.transport.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One row of measured figures: printed to stdout and appended to {@code <build dir>/fault-injection-figures.md}, from
 * which {@code docs/reliability.md} is filled in.
 */
record Figures(String fault, String destination, long produced, long delivered, long duplicates, long lost,
               long droppedCounted, long spooled, long replayed, long peakHeldBytes, long boundBytes,
               long peakSpoolBytes, long peakHeapBytes, long liveHeapBytes, Duration offerP99, Duration took,
               String note) {

    static final String HEADER = "| Fault | Destination | Produced | Delivered (distinct) | Duplicates | Lost (uncounted) | "
            + "Dropped (counted) | Spooled | Replayed | Peak held / bound | Peak spool | Peak heap (sampled) | "
            + "Live heap after GC | offer p99 | Took | Note |\n"
            + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n";

    String row() {
        return "| " + fault + " | " + destination + " | " + produced + " | " + delivered + " | " + duplicates + " | "
                + lost + " | " + droppedCounted + " | " + spooled + " | " + replayed + " | " + kib(peakHeldBytes)
                + " / " + kib(boundBytes) + " | " + kib(peakSpoolBytes) + " | " + mib(peakHeapBytes) + " | "
                + mib(liveHeapBytes) + " | " + micros(offerP99) + " | " + took.toMillis() / 1000.0 + " s | " + note
                + " |\n";
    }

    void write() {
        String row = row();
        System.out.print("FIGURES " + row);
        try {
            Path file = buildDir().resolve("fault-injection-figures.md");
            synchronized (Figures.class) {
                if (!Files.exists(file)) {
                    Files.writeString(file, HEADER, StandardCharsets.UTF_8);
                }
                Files.writeString(file, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path buildDir() {
        try {
            // .../<target dir>/test-classes -> .../<target dir>
            return Path.of(Figures.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kib(long bytes) {
        return bytes < 0 ? "-" : String.format("%.0f KiB", bytes / 1024.0);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "-" : String.format("%.0f MiB", bytes / (1024.0 * 1024));
    }

    private static String micros(Duration d) {
        return d == null ? "-" : String.format("%.0f µs", d.toNanos() / 1000.0);
    }
}
