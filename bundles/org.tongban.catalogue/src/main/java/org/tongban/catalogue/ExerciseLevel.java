package org.tongban.catalogue;

import java.util.Arrays;
import java.util.Optional;
import org.tongban.platform.api.security.Jurisdiction;

/**
 * The level at which a power is exercised (行使层级), as the 19th character of a national implementation code
 * carries it (GB/T 39554.1-2020 as published by the national platform), with the jurisdiction-tree level it
 * corresponds to. The table is data: a code whose level digit is not here is not a national implementation code.
 */
public enum ExerciseLevel {
    NATIONAL('1', "国家级", null),
    PROVINCE('2', "省级", Jurisdiction.Level.PROVINCE),
    CITY('3', "市级", Jurisdiction.Level.CITY),
    COUNTY('4', "县级", Jurisdiction.Level.COUNTY),
    TOWN('5', "乡镇（街道）级", Jurisdiction.Level.TOWN),
    VILLAGE('6', "村（社区）级", Jurisdiction.Level.VILLAGE);

    private final char digit;
    private final String label;
    private final Jurisdiction.Level jurisdictionLevel;

    ExerciseLevel(char digit, String label, Jurisdiction.Level jurisdictionLevel) {
        this.digit = digit;
        this.label = label;
        this.jurisdictionLevel = jurisdictionLevel;
    }

    /** The digit in the implementation code. */
    public char digit() {
        return digit;
    }

    /** The Chinese label: 国家级, 省级, 市级 ... */
    public String label() {
        return label;
    }

    /** The level of the jurisdiction tree, or {@code null} for the national level (the tree has no national root). */
    public Jurisdiction.Level jurisdictionLevel() {
        return jurisdictionLevel;
    }

    /** The level a digit stands for, or empty when the digit is not a level. */
    public static Optional<ExerciseLevel> ofDigit(char digit) {
        return Arrays.stream(values()).filter(l -> l.digit == digit).findFirst();
    }

    /** The level of a jurisdiction of the tree. */
    public static ExerciseLevel of(Jurisdiction.Level level) {
        return Arrays.stream(values())
                .filter(l -> l.jurisdictionLevel == level)
                .findFirst()
                .orElseThrow();
    }
}
