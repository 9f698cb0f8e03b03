package uk.gov.justice.securityevents.internal.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.privacy.SecretKind;

/**
 * The scrubber's pre-check around colons: a URL scheme ({@code https:}) is not a key-value separator, so ordinary URLs
 * skip the regex pass, while every colon the key pattern can match still sends the text to it.
 */
class SecretScrubberPreCheckTest {

    private static final String[] KEYS = {"aws_secret_access_key", "client_secret", "access_token", "refresh_token",
        "id_token", "auth_token", "x-api-key", "api_key", "api-key", "apikey", "password", "passwd", "pwd", "pass",
        "token", "secret", "Password", "TOKEN"};
    private static final String[] AFTER_COLON = {"s3cr3t", "/path", " spaced", "\tx", "\nx", "\u000Bx", "\fx", "\rx",
        "\"quoted\"", "'single'", "", "//host", "é"};

    @ParameterizedTest
    @ValueSource(strings = {"https://case-api.example.org/cases/C-1042", "http://10.0.0.1:8080/health",
        "wss://stream.example.org/events", "https://cases.example/search/status", "git+ssh://example.org/repo.git",
        "redis://cache:6379/0"})
    void urlsWithoutCredentialsSkipTheRegexPass(String url) {
        assertThat(SecretScrubber.mayContainSecret(url)).as(url).isFalse();
        assertThat(SecretScrubber.scrubSlowly(url, kind -> { })).isSameAs(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://jdoe:hunter2@example.org/x", "password:hunter2", "token:abc.def",
        "\"secret\": \"x\"", "see https://example.org/?apikey=123", "pass:/x but token:y"})
    void credentialsStillTakeTheRegexPass(String text) {
        assertThat(SecretScrubber.mayContainSecret(text)).as(text).isTrue();
        List<SecretKind> found = new ArrayList<>();
        assertThat(SecretScrubber.scrub(text, found::add)).doesNotContain("hunter2");
        assertThat(found).isNotEmpty();
    }

    /** Every key, directly followed by a colon and each kind of next character: pre-check plus regex = regex alone. */
    @Test
    void thePreCheckAgreesWithTheRegexForEveryKeyColonAndNextCharacter() {
        for (String key : KEYS) {
            for (String after : AFTER_COLON) {
                for (String prefix : new String[] {"", "x ", "url https://a/b "}) {
                    String text = prefix + key + ":" + after;
                    List<SecretKind> fast = new ArrayList<>();
                    List<SecretKind> slow = new ArrayList<>();
                    assertThat(SecretScrubber.scrub(text, fast::add)).as(text)
                            .isEqualTo(SecretScrubber.scrubSlowly(text, slow::add));
                    assertThat(fast).as(text).isEqualTo(slow);
                }
            }
        }
    }
}
