package org.tongban.catalogue;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds an enum constant by its Chinese label, with a message that lists the valid labels. */
final class Labels {

    private Labels() {}

    static <E extends Enum<E>> E find(Class<E> type, Function<E, String> label, String value, String what) {
        for (E constant : type.getEnumConstants()) {
            if (label.apply(constant).equals(value)) {
                return constant;
            }
        }
        String valid = Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining("、"));
        throw new CatalogueException(
                (value == null || value.isBlank() ? what + "不能为空" : "「" + value + "」不是有效的" + what) + "，可选：" + valid);
    }
}
