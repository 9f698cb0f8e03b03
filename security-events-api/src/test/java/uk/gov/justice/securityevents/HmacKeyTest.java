package uk.gov.justice.securityevents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys come from the environment or a file, are long enough, and never show in logs. */
class HmacKeyTest {
    private static final String B64 = "base64:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void readsTheKeyFromAnEnvironmentVariable() {
        HmacKey fromEnv = HmacKey.fromEnvironment("SE_KEY", Map.of("SE_KEY", B64)::get);
        HmacKey hex = HmacKey.fromEnvironment("SE_KEY",
                Map.of("SE_KEY", "hex:000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")::get);

        assertThat(fromEnv.keyId()).isEqualTo(hex.keyId());
        assertThat(mac(fromEnv)).isEqualTo(mac(hex));
    }

    @Test
    void readsTheKeyFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("key");
        Files.writeString(file, B64 + "\n");

        assertThat(mac(HmacKey.fromFile(file))).isEqualTo(mac(HmacKey.fromEnvironment("K", Map.of("K", B64)::get)));
    }

    @Test
    void refusesMissingShortOrMalformedKeysWithAMessageSayingWhatToDo(@TempDir Path dir) {
        assertThatThrownBy(() -> HmacKey.fromEnvironment("NOPE", Map.<String, String>of()::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE is not set");
        assertThatThrownBy(() -> HmacKey.fromEnvironment("K", Map.of("K", "short")::get))
                .hasMessageContaining("at least 32 are needed");
        assertThatThrownBy(() -> HmacKey.fromEnvironment("K", Map.of("K", "base64:!!!")::get))
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> HmacKey.fromFile(dir.resolve("missing")))
                .hasMessageContaining("cannot read the HMAC key file");
    }

    @Test
    void neverShowsTheKey() {
        HmacKey key = HmacKey.fromEnvironment("K", Map.of("K", B64)::get);

        assertThat(key.toString()).doesNotContain("AAECAw").contains(key.keyId()).contains("environment variable K");
    }

    private static String mac(HmacKey key) {
        return java.util.HexFormat.of().formatHex(key.newMac().doFinal("x".getBytes(StandardCharsets.UTF_8)));
    }
}
