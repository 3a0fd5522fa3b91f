package org.tongban.evaluation.internal;

import java.util.Map;
import org.tongban.evaluation.Channel;
import org.tongban.evaluation.Dimension;
import org.tongban.evaluation.EvaluationException;
import org.tongban.evaluation.Level;
import org.tongban.evaluation.NewRating;

/** Checks a citizen's answer before anything is stored. */
final class Answers {
    private Answers() {}

    /** The answer's levels, trimmed comment and phone, or a clear refusal. */
    static NewRating checked(NewRating answer, Channel channel, int commentMax) {
        if (answer == null || answer.overall() == null) {
            throw EvaluationException.of("evaluation.error.overallRequired");
        }
        for (Map.Entry<Dimension, Level> e : answer.levels().entrySet()) {
            if (e.getValue() == null || !channel.dimensions().contains(e.getKey())) {
                throw EvaluationException.of(
                        "evaluation.error.dimension", e.getKey().name());
            }
        }
        String comment = answer.comment() == null ? null : answer.comment().strip();
        if (comment != null && comment.codePointCount(0, comment.length()) > commentMax) {
            throw EvaluationException.of("evaluation.error.commentTooLong", commentMax);
        }
        if (comment != null && comment.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
            throw EvaluationException.of("evaluation.error.commentControl");
        }
        String phone = answer.phone() == null || answer.phone().isBlank()
                ? null
                : answer.phone().strip();
        if (phone != null && !phone.matches("\\+?[0-9][0-9 -]{4,19}")) {
            throw EvaluationException.of("evaluation.error.phone");
        }
        return new NewRating(
                answer.levels(), comment == null || comment.isEmpty() ? null : comment, answer.contactable(), phone);
    }
}
