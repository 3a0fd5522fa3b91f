package org.tongban.catalogue;

/**
 * One problem found in a guide or an import file.
 *
 * @param location where it is, as a path into the exchange format (for example {@code matters[12].materials[3].name})
 *     or, for a file read by a codec, the place in that file (sheet and row); empty for the whole document
 * @param message what is wrong, in Chinese (for example {@code 不能为空})
 */
public record ValidationError(String location, String message) {

    /** Location and message as one line, for example {@code matters[12].materials[3].name：不能为空}. */
    @Override
    public String toString() {
        return location == null || location.isEmpty() ? message : location + "：" + message;
    }
}
