package uk.gov.justice.securityevents.transport.faults;

import java.time.Duration;

/**
 * The fault-injection suite of the default build: the collector down for 30 s, every other fault over 5 s of
 * production, at 200 events/s. About 2 minutes on 2 cores; figures in {@code <build dir>/fault-injection-figures.md}.
 */
class FaultInjectionSuiteTest extends FaultScenarios {

    @Override
    Duration outage() {
        return Duration.ofSeconds(30);
    }

    @Override
    int rate() {
        return 200;
    }

    @Override
    Duration production() {
        return Duration.ofSeconds(5);
    }

    @Override
    int spooledBeforeKill() {
        return 600;
    }

    @Override
    String run() {
        return "default";
    }
}
