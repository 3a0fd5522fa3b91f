package org.tongban.catalogue;

/**
 * A matter's codes on the national integrated platform, besides its local implementation code ({@link Matter#code()})
 * and local base code ({@link Matter#baseCode()}). Their structure follows GB/T 39554.1-2020 as the national platform
 * publishes the codes; the catalogue checks the structure, not that the national platform issued them.
 *
 * @param baseCode 国家基本编码: 12 digits (main item, sub-item and handling item), or {@code null} when not recorded
 * @param implementationCode 国家实施编码: 31 characters, the implementing body's unified social credit code (18), the
 *     exercise level (1 digit, {@link ExerciseLevel}) and the base code (12); or {@code null} when not recorded
 */
public record NationalCodes(String baseCode, String implementationCode) {

    /** Neither code recorded. */
    public static final NationalCodes NONE = new NationalCodes(null, null);

    /** Length of a national base code. */
    public static final int BASE_CODE_LENGTH = 12;

    /** Length of a national implementation code. */
    public static final int IMPLEMENTATION_CODE_LENGTH = 31;

    /** Whether neither code is recorded. */
    public boolean isEmpty() {
        return blank(baseCode) && blank(implementationCode);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
