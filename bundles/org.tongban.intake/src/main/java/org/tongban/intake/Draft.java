package org.tongban.intake;

import java.time.Instant;
import java.util.List;

/**
 * An application in progress of one account, with the files uploaded for it so far.
 *
 * @param id the draft's id
 * @param title the matter's or life event's name, or the case number of a 补正
 * @param form what was filled in
 * @param files the files uploaded so far, oldest first
 * @param savedAt when it was last saved
 */
public record Draft(long id, String title, ApplicationForm form, List<CaseFile> files, Instant savedAt) {
    public Draft {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
