package uk.gov.justice.securityevents.transport.internal.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import uk.gov.justice.securityevents.transport.SecretSource;

/**
 * Reads a {@link SecretSource}. Failures name the setting and the source, never the value, and a value holding a
 * control character is refused (it would allow header injection and is always a mistake).
 */
public final class SecretResolver {

    private final UnaryOperator<String> environment;

    /** @param environment variable lookup, {@code System::getenv} in production; replaceable so tests need no real variables */
    public SecretResolver(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    /** @return a resolver over the process environment */
    public static SecretResolver system() {
        return new SecretResolver(System::getenv);
    }

    /**
     * @param source  where the secret is
     * @param setting the setting's name, for messages (e.g. {@code apiKey})
     * @return the secret
     * @throws IllegalArgumentException naming the setting and the source if it cannot be read or is empty
     */
    public String resolve(SecretSource source, String setting) {
        String value;
        if (source.kind() == SecretSource.Kind.ENVIRONMENT) {
            value = environment.apply(source.reference());
            if (value == null) {
                throw new IllegalArgumentException(setting + ": " + source + " is not set");
            }
        } else {
            Path file = Path.of(source.reference());
            try {
                value = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(setting + ": cannot read " + source + " ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            value = stripOneLineBreak(value);
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException(setting + ": " + source + " is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException(setting + ": " + source + " contains a control character");
            }
        }
        return value;
    }

    private static String stripOneLineBreak(String v) {
        if (v.endsWith("\r\n")) {
            return v.substring(0, v.length() - 2);
        }
        if (v.endsWith("\n")) {
            return v.substring(0, v.length() - 1);
        }
        return v;
    }
}
