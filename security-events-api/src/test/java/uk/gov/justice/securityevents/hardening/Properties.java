package uk.gov.justice.securityevents.hardening;

import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A minimal property-test runner on JUnit Jupiter: runs a property for {@link #tries()} random inputs from a seeded
 * generator and, on the first failure, reports the seed and try so it can be replayed exactly.
 *
 * <p>Tries come from the system property {@value #TRIES_PROPERTY} (default {@value #DEFAULT_TRIES}; the {@code fuzz}
 * Maven profile sets 1,000,000); the seed from {@value #SEED_PROPERTY} (default: fixed per property name, so the
 * default build is reproducible; {@code -Dse.properties.seed=random} picks a new one).
 *
 * <p>jqwik was not used: from 1.10 its maintainers ask that it not be used with AI coding agents, and this suite was
 * written by one (see docs/security.md).
 */
public final class Properties {
    /** System property with the number of tries per property. */
    static final String TRIES_PROPERTY = "se.properties.tries";
    /** System property with the seed ({@code random} for a fresh one). */
    static final String SEED_PROPERTY = "se.properties.seed";
    /** Tries per property in the default build: {@value}. */
    static final int DEFAULT_TRIES = 10_000;

    private Properties() {
    }

    /** Tries per property. */
    public static int tries() {
        return Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES);
    }

    /**
     * Runs a property.
     *
     * @param name     the property's name (also the default seed)
     * @param property checks one input drawn from the random source; throws on failure
     */
    public static void check(String name, Consumer<SplittableRandom> property) {
        String configured = System.getProperty(SEED_PROPERTY);
        long seed = configured == null ? name.hashCode() : "random".equals(configured) ? System.nanoTime()
                : Long.parseLong(configured);
        int tries = tries();
        long started = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            long trySeed = seed * 1_000_003L + i;
            try {
                property.accept(new SplittableRandom(trySeed));
            } catch (Throwable t) {
                throw new AssertionError("property '" + name + "' falsified at try " + (i + 1) + " of " + tries
                        + " (replay: -D" + SEED_PROPERTY + "=" + seed + "; try seed " + trySeed + "): " + t, t);
            }
        }
        System.out.printf("property %s: %d tries passed in %d ms (seed %d)%n", name, tries,
                (System.nanoTime() - started) / 1_000_000, seed);
    }
}
