package uk.gov.justice.securityevents.transport.faults;

import java.time.Duration;
import org.junit.jupiter.api.Tag;

/**
 * The long variants ({@code -Psoak}): the collector down for 5 minutes, every other fault over a minute of
 * production, at 200 events/s. About 12 minutes.
 */
@Tag("soak")
class FaultInjectionSoakTest extends FaultScenarios {

    @Override
    Duration outage() {
        return Duration.ofMinutes(5);
    }

    @Override
    int rate() {
        return 200;
    }

    @Override
    Duration production() {
        return Duration.ofSeconds(60);
    }

    @Override
    int spooledBeforeKill() {
        return 6000;
    }

    @Override
    String run() {
        return "soak";
    }
}
