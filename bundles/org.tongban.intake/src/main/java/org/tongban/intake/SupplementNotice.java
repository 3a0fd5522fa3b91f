package org.tongban.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * The 补正 notice of one of the account's cases as its applicant answers it online.
 *
 * @param number the case number
 * @param items every item the notice lists, in its order
 * @param supplyBy the last day to supply them, until 24:00 (Beijing time)
 * @param open whether the case still waits for them and the day has not passed
 * @param uploaded the files uploaded so far, each for one item
 */
public record SupplementNotice(
        String number, List<String> items, LocalDate supplyBy, boolean open, List<CaseFile> uploaded) {
    public SupplementNotice {
        items = List.copyOf(items);
        uploaded = List.copyOf(uploaded);
    }
}
