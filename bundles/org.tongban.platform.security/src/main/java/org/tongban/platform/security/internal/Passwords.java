package org.tongban.platform.security.internal;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Supplier;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;
import org.tongban.platform.api.security.PasswordRefusal;

/** Argon2 hashing through Shiro's password service, the password policy and one-time password generation. */
final class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    static final int GENERATED_LENGTH = 16;

    // No 0/O, 1/l/I: one-time passwords are read off a screen or a file and typed in.
    private static final char[] LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final char[] DIGITS = "23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DefaultPasswordService service = new DefaultPasswordService();

    PasswordService service() {
        return service;
    }

    String hash(char[] password) {
        return withShiroClassLoader(() -> service.encryptPassword(password));
    }

    boolean matches(char[] password, String hash) {
        return withShiroClassLoader(() -> service.passwordsMatch(password, hash));
    }

    /**
     * Shiro finds hash algorithms (argon2) with {@link java.util.ServiceLoader}, which uses the thread context class
     * loader; under OSGi that loader does not see Shiro's providers, so Shiro's own loader is set around the call.
     */
    static <T> T withShiroClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DefaultPasswordService.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Why {@code proposed} is not acceptable for {@code username}, or {@code null} when it is: length,
     * letters and digits, not the current password, and the checks of {@link PasswordPolicy} (not common, not derived
     * from the username). {@code username} may be {@code null} where there is none to compare with.
     */
    static PasswordRefusal policyViolation(String username, char[] current, char[] proposed) {
        if (proposed == null || proposed.length < MIN_LENGTH || proposed.length > MAX_LENGTH) {
            return PasswordRefusal.of(PasswordRefusal.LENGTH, MIN_LENGTH, MAX_LENGTH);
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : proposed) {
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        if (!letter || !digit) {
            return PasswordRefusal.of(PasswordRefusal.LETTERS_AND_DIGITS);
        }
        if (current != null && Arrays.equals(current, proposed)) {
            return PasswordRefusal.of(PasswordRefusal.SAME_AS_CURRENT);
        }
        return PasswordPolicy.violation(username, proposed);
    }

    /** A random one-time password that satisfies the policy. */
    static char[] generate() {
        char[] password = new char[GENERATED_LENGTH];
        for (int i = 0; i < password.length; i++) {
            char[] alphabet = i % 4 == 3 ? DIGITS : LETTERS;
            password[i] = alphabet[RANDOM.nextInt(alphabet.length)];
        }
        // Shuffle so the digits are not at fixed positions.
        for (int i = password.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char tmp = password[i];
            password[i] = password[j];
            password[j] = tmp;
        }
        return password;
    }
}
