package uk.gov.justice.securityevents.internal.ocsf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import uk.gov.justice.securityevents.ServiceContext;

/**
 * A run of fields that is the same on every event of a writer (or of a classification), rendered once by the very code
 * that writes it field by field, and written afterwards as raw bytes ({@link JsonOut#fragment}). Starts with the comma
 * that separates it from the field before.
 */
final class Fragment {
    final SerializedString bytes;
    /** Longest string in it: a pass with a smaller string limit writes the fields one by one (and cuts them). */
    final int longestString;
    /** Largest array in it: likewise for a pass with an array cap. */
    final int largestArray;

    private Fragment(String json, int longestString, int largestArray) {
        this.bytes = new SerializedString(json);
        this.longestString = longestString;
        this.largestArray = largestArray;
    }

    /**
     * Renders {@code fields} as they would be written into an object after its first field, without limits, rules or
     * scrubbing (fragments hold no free text).
     */
    static Fragment render(ServiceContext context, Consumer<JsonOut> fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator gen = WriterState.FACTORY.createGenerator(bytes)) {
            JsonOut out = new JsonOut(gen, Integer.MAX_VALUE, Integer.MAX_VALUE, context, false, null);
            out.begin().num("first", 0);
            gen.flush();
            int mark = bytes.size();
            fields.accept(out);
            gen.flush();
            byte[] all = bytes.toByteArray();
            if (all.length == mark) {
                return null; // nothing to write (every field null)
            }
            return new Fragment(new String(all, mark, all.length - mark, StandardCharsets.UTF_8), out.longestString(),
                    out.largestArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
