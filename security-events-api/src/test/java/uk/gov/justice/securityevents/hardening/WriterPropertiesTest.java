package uk.gov.justice.securityevents.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.justice.securityevents.HmacKey;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;
import uk.gov.justice.securityevents.integrity.ChainFinding;
import uk.gov.justice.securityevents.integrity.ChainVerifier;
import uk.gov.justice.securityevents.integrity.HashChain;
import uk.gov.justice.securityevents.internal.redact.SecretScrubber;
import uk.gov.justice.securityevents.privacy.PersonalDataAction;
import uk.gov.justice.securityevents.privacy.PersonalDataPolicy;
import uk.gov.justice.securityevents.privacy.SecretKind;

/**
 * Property tests of the writer on arbitrary Unicode (lone surrogates, controls, line separators, JSON and log
 * injection, secret fragments, strings up to 100k chars) in every string field of one event per family: exactly one
 * line of valid JSON, within the byte limit, valid OCSF 1.8.0, every string parses back to the documented value.
 * {@value Properties#DEFAULT_TRIES} tries per property by default; {@code -Pfuzz} runs 1,000,000.
 */
class WriterPropertiesTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final OcsfValidator OCSF = OcsfValidator.forVersion_1_8_0();
    private static final List<HostileEvents.Family> FAMILIES = HostileEvents.all();

    @TempDir
    static Path keys;

    /** A writer under test and whether its output must parse back to the inputs. */
    private record Variant(String name, SecurityEventWriter writer, boolean checkValues) {
    }

    private static List<Variant> variants;

    @BeforeAll
    static void writers() throws Exception {
        Path key = keys.resolve("pseudonymisation.key");
        Files.writeString(key, "base64:" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
        PersonalDataPolicy pii = PersonalDataPolicy.builder().pseudonymisationKey(HmacKey.fromFile(key))
                .rule("*.uid", PersonalDataAction.PSEUDONYMISE).rule("*.name", PersonalDataAction.MASK)
                .rule("*.email_addr", PersonalDataAction.DROP).rule("*.ip", PersonalDataAction.MASK)
                .rule("*.hostname", PersonalDataAction.PSEUDONYMISE).rule("message", PersonalDataAction.DROP)
                .rule("*.user_agent", PersonalDataAction.DROP).rule("*.domain", PersonalDataAction.MASK).build();
        variants = List.of(
                new Variant("default", SecurityEventWriter.create(Fixed.context()), true),
                new Variant("small limits", SecurityEventWriter.builder(Fixed.context()).maxStringLength(64)
                        .maxEventBytes(SecurityEventWriter.MIN_MAX_EVENT_BYTES).build(), true),
                new Variant("personal data rules", SecurityEventWriter.builder(Fixed.context()).personalData(pii)
                        .build(), false),
                new Variant("hash chain", SecurityEventWriter.builder(Fixed.context())
                        .integrityChain(HashChain.sha256("property-chain")).build(), true));
    }

    @Test
    void anyStringsInAnyFamilyGiveOneValidLineThatParsesBack() {
        Properties.check("anyStringsInAnyFamilyGiveOneValidLineThatParsesBack", r -> {
            HostileEvents.Family family = FAMILIES.get(r.nextInt(FAMILIES.size()));
            HostileEvents.Strings strings = new HostileEvents.Strings(r);
            SecurityEvent event = family.build().apply(strings);
            Variant variant = variants.get(r.nextInt(variants.size()));
            byte[] bytes = variant.writer().toBytes(Fixed.emitted(event, 1));
            try {
                checkOneSafeLine(bytes, variant.writer().maxEventBytes());
                JsonNode node = JSON.readTree(bytes);
                assertThat(OCSF.validate(node)).isEmpty();
                if (variant.checkValues()) {
                    checkValues(node, strings.placed, variant.writer().maxStringLength());
                }
            } catch (Throwable t) {
                throw new AssertionError(family + " via " + variant.name() + ": " + t.getMessage() + "\nin "
                        + abbreviate(new String(bytes, StandardCharsets.UTF_8)), t);
            }
        });
    }

    @Test
    void theScrubbersFastPathNeverSkipsASecret() {
        Properties.check("theScrubbersFastPathNeverSkipsASecret", r -> {
            String s = HostileStrings.any(r);
            List<SecretKind> fast = new ArrayList<>();
            List<SecretKind> slow = new ArrayList<>();
            String viaFastPath = SecretScrubber.scrub(s, fast::add);
            String viaRegex = SecretScrubber.scrubSlowly(s, slow::add);
            assertThat(viaFastPath).isEqualTo(viaRegex);
            assertThat(fast).isEqualTo(slow);
            if (!SecretScrubber.mayContainSecret(s)) {
                assertThat(viaFastPath).isSameAs(s);
            }
        });
    }

    @Test
    void anyTamperingWithAChainedStreamIsFound() {
        Properties.check("anyTamperingWithAChainedStreamIsFound", r -> {
            SecurityEventWriter writer = SecurityEventWriter.builder(Fixed.context())
                    .integrityChain(HashChain.sha256("c-" + r.nextInt(1000))).build();
            int n = 3 + r.nextInt(6);
            List<byte[]> lines = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SecurityEvent event = FAMILIES.get(r.nextInt(FAMILIES.size())).build()
                        .apply(new HostileEvents.Strings(r, true));
                lines.add(writer.toBytes(new uk.gov.justice.securityevents.EmittedEvent(event,
                        new uk.gov.justice.securityevents.Envelope("0196a1e4-7c1a-7b3e-9f00-" + String.format("%012d", i),
                                Fixed.TIME, i + 1, Fixed.INSTANCE, null, null))));
            }
            assertThat(ChainVerifier.unkeyed().verifyLines(lines)).isEmpty();
            List<byte[]> tampered = new ArrayList<>(lines);
            int at = 1 + r.nextInt(n - 2);
            ChainFinding.Kind expected;
            switch (r.nextInt(5)) {
                case 0:
                    tampered.remove(at);
                    expected = ChainFinding.Kind.DELETED;
                    break;
                case 1:
                    tampered.set(at, modify(lines.get(at)));
                    expected = ChainFinding.Kind.MODIFIED;
                    break;
                case 2:
                    tampered.set(at, lines.get(at + 1));
                    tampered.set(at + 1, lines.get(at));
                    expected = ChainFinding.Kind.REORDERED;
                    break;
                case 3:
                    tampered.add(at + 1, lines.get(at));
                    expected = ChainFinding.Kind.REPLAYED;
                    break;
                default:
                    tampered.add(at, SecurityEventWriter.create(Fixed.context())
                            .toBytes(Fixed.emitted(FAMILIES.get(0).build().apply(new HostileEvents.Strings(r, true)), 99)));
                    expected = ChainFinding.Kind.INSERTED;
                    break;
            }
            List<ChainFinding> findings = ChainVerifier.unkeyed().verifyLines(tampered);
            assertThat(findings).extracting(ChainFinding::kind).contains(expected);
        });
    }

    /** Changes one character of the message (or the first string value) so the bytes differ. */
    private static byte[] modify(byte[] line) {
        byte[] copy = line.clone();
        String text = new String(line, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("\"message\":\"");
        int i = (at >= 0 ? at + 11 : text.indexOf(":\"") + 2);
        copy[i] = copy[i] == 'Z' ? (byte) 'Y' : (byte) 'Z';
        return copy;
    }

    private static void checkOneSafeLine(byte[] bytes, int maxEventBytes) {
        assertThat(bytes.length).as("event size").isLessThanOrEqualTo(maxEventBytes);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 || b == 0x7F) {
                throw new AssertionError("raw control byte 0x" + Integer.toHexString(b) + " at " + i);
            }
            if (b == 0xC2 && i + 1 < bytes.length && (bytes[i + 1] & 0xFF) == 0x85) {
                throw new AssertionError("raw NEL at " + i);
            }
            if (b == 0xE2 && i + 2 < bytes.length && (bytes[i + 1] & 0xFF) == 0x80
                    && ((bytes[i + 2] & 0xFF) == 0xA8 || (bytes[i + 2] & 0xFF) == 0xA9)) {
                throw new AssertionError("raw U+2028/U+2029 at " + i);
            }
        }
    }

    private static void checkValues(JsonNode node, List<HostileEvents.Placed> placed, int limit) {
        boolean truncated = node.at("/metadata/is_truncated").asBoolean(false);
        for (HostileEvents.Placed p : placed) {
            JsonNode value = node.at(p.pointer());
            String expected = Documented.value(p.input(), p.freeText(), limit);
            if (value.isMissingNode()) {
                assertThat(truncated).as("%s missing from an event not marked truncated", p.pointer()).isTrue();
            } else if (!truncated) {
                String actual = value.textValue();
                if (!expected.equals(actual)) {
                    int i = 0;
                    while (i < Math.min(actual.length(), expected.length()) && actual.charAt(i) == expected.charAt(i)) {
                        i++;
                    }
                    throw new AssertionError("input length " + p.input().length() + ", metadata "
                            + node.at("/metadata/is_truncated") + ", " + p.pointer() + " differs from the documented value at char " + i
                            + " (lengths " + actual.length() + "/" + expected.length() + "): actual …"
                            + escaped(actual, i) + "… documented …" + escaped(expected, i) + "… input …"
                            + escaped(p.input(), i) + "…");
                }
            } else {
                assertThat(expected).as("%s is a prefix of the documented value", p.pointer())
                        .startsWith(value.textValue());
            }
        }
    }

    private static String escaped(String s, int at) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, at - 40); i < Math.min(s.length(), at + 40); i++) {
            char c = s.charAt(i);
            b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 2000) + "…(" + s.length() + " chars)";
    }

}
