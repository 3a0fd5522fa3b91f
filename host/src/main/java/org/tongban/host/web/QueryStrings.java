package org.tongban.host.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Checks a raw query string before anything parses it: every {@code %} escape complete, the bytes valid UTF-8. */
final class QueryStrings {

    private QueryStrings() {}

    /** Whether {@code query} (raw, as sent; {@code null} when there is none) can be decoded. */
    static boolean wellFormed(String query) {
        if (query == null || query.isEmpty()) {
            return true;
        }
        for (String part : query.split("[&=]", -1)) {
            if (!decodable(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean decodable(String part) {
        if (part.indexOf('%') < 0) {
            return true;
        }
        ByteBuffer bytes = ByteBuffer.allocate(part.length() * 4);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()) {
                    return false;
                }
                int high = Character.digit(part.charAt(i + 1), 16);
                int low = Character.digit(part.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else {
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
