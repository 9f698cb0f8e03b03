package uk.gov.justice.securityevents.internal.ocsf;

import java.util.function.Consumer;
import uk.gov.justice.securityevents.ServiceContext;

/**
 * A run of fields that is the same on every event of a writer (or of a classification), rendered once by the very code
 * that writes it field by field, and written afterwards as raw bytes ({@link JsonOut#fragment}). Starts with the comma
 * that separates it from the field before.
 */
final class Fragment {
    /** The UTF-8 JSON. */
    final byte[] bytes;
    /** Longest string in it: a pass with a smaller string limit writes the fields one by one (and cuts them). */
    final int longestString;
    /** Largest array in it: likewise for a pass with an array cap. */
    final int largestArray;

    private Fragment(byte[] bytes, int longestString, int largestArray) {
        this.bytes = bytes;
        this.longestString = longestString;
        this.largestArray = largestArray;
    }

    /**
     * Renders {@code fields} as they would be written into an object after its first field, without limits, rules or
     * scrubbing (fragments hold no free text).
     */
    static Fragment render(ServiceContext context, Consumer<JsonOut> fields) {
        Utf8JsonWriter json = new Utf8JsonWriter();
        JsonOut out = new JsonOut(json);
        out.reset(Integer.MAX_VALUE, Integer.MAX_VALUE, context, false, null);
        out.begin().num("first", 0);
        int mark = (int) json.size();
        fields.accept(out);
        if (json.size() == mark) {
            return null; // nothing to write (every field null)
        }
        return new Fragment(json.copy(mark), out.longestString(), out.largestArray());
    }
}
