package uk.gov.justice.securityevents.internal.ocsf;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Escapes beyond JSON's minimum: every C0/C1 control, DEL, NEL, U+2028/2029 (line breaks to JavaScript and some log
 * viewers), bidi controls (Trojan-source style display tricks) and the BOM, so no consumer can be made to see a line
 * break or reordered text inside a field.
 */
final class SafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] asciiEscapes;

    SafeEscapes() {
        asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
        asciiEscapes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return asciiEscapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if ((ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029 || (ch >= 0x200E && ch <= 0x200F)
                || (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0xFEFF) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
        return null;
    }
}
