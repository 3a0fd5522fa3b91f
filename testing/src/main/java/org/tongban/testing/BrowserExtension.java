package org.tongban.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Applies the browser policy to a {@link BrowserTest} class. */
public final class BrowserExtension implements ExecutionCondition, BeforeAllCallback {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Chromium.missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Chromium at " + Chromium.PATH);
        }
        if (Chromium.REQUIREMENT.required()) {
            return ConditionEvaluationResult.enabled("Chromium required");
        }
        return ConditionEvaluationResult.disabled(Chromium.REQUIREMENT.skipMessage(missing));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = Chromium.missing();
        if (missing != null) {
            throw Chromium.REQUIREMENT.failure(missing, null);
        }
    }
}
