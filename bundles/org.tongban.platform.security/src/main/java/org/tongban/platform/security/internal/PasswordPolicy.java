package org.tongban.platform.security.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.DictionarySubstringRule;
import org.passay.rule.UsernameRule;
import org.tongban.platform.api.security.PasswordRefusal;

/**
 * The checks of ASVS 2.1.7 on top of length and character classes, with Passay: a password must not be a common one
 * (nor a common one with digits or symbols stuck before or after it), must not contain a keyboard walk or an obvious
 * word, and must not contain the username or a part of it, forwards or backwards.
 */
final class PasswordPolicy {
    static final String COMMON_LIST = "/passwords/common-passwords.txt";
    static final PasswordRefusal COMMON = PasswordRefusal.of(PasswordRefusal.COMMON);
    static final PasswordRefusal USERNAME = PasswordRefusal.of(PasswordRefusal.USERNAME);

    /** Parts of a username shorter than this are not looked for (they occur in too many good passwords). */
    static final int MIN_USERNAME_PART = 3;
    /** A common password stripped of digits and symbols at its ends counts only from this length. */
    static final int MIN_COMMON_BASE = 4;

    /** Never acceptable anywhere in a password: keyboard walks, runs of digits, the product's own name. */
    private static final String[] OBVIOUS = {
        "123456",
        "654321",
        "1qaz2wsx",
        "abcdef",
        "asdfgh",
        "passw0rd",
        "password",
        "qazwsx",
        "qwerty",
        "tongban",
        "woaini",
        "zxcvbn"
    };

    private static final PasswordValidator VALIDATOR = new DefaultPasswordValidator(
            new DictionaryRule(new WordListDictionary(new ArrayWordList(common(), false, new ArraysSort()))),
            new DictionarySubstringRule(new WordListDictionary(new ArrayWordList(OBVIOUS, false, new ArraysSort()))));
    private static final PasswordValidator USERNAME_RULE = new DefaultPasswordValidator(new UsernameRule(true, true));

    private PasswordPolicy() {}

    /** Why the password is too weak for this user, or {@code null}; {@code username} may be null. */
    static PasswordRefusal violation(String username, char[] password) {
        for (String part : usernameParts(username)) {
            if (!USERNAME_RULE
                    .validate(new PasswordData(part, CharBuffer.wrap(password)))
                    .isValid()) {
                return USERNAME;
            }
        }
        if (!VALIDATOR.validate(new PasswordData(CharBuffer.wrap(password))).isValid()) {
            return COMMON;
        }
        String base = stripEnds(password);
        if (base.length() >= MIN_COMMON_BASE
                && base.length() < password.length
                && !VALIDATOR.validate(new PasswordData(base)).isValid()) {
            return COMMON;
        }
        return null;
    }

    /** The whole username and its parts split at dots, dashes, underscores and digits, of three characters or more. */
    static Set<String> usernameParts(String username) {
        Set<String> parts = new LinkedHashSet<>();
        if (username == null || username.isBlank()) {
            return parts;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        parts.add(name);
        for (String part : name.split("[^\\p{L}]+")) {
            if (part.length() >= MIN_USERNAME_PART) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** The password in lower case without the digits and symbols at its start and end: {@code Password2026!} → {@code password}. */
    static String stripEnds(char[] password) {
        int start = 0;
        int end = password.length;
        while (start < end && !Character.isLetter(password[start])) {
            start++;
        }
        while (end > start && !Character.isLetter(password[end - 1])) {
            end--;
        }
        return new String(password, start, end - start).toLowerCase(Locale.ROOT);
    }

    private static String[] common() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing from the bundle");
            }
            List<String> words = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
            return words.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
