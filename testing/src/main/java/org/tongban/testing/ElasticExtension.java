package org.tongban.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Applies the Elasticsearch policy to an {@link ElasticTest} class. */
public final class ElasticExtension implements ExecutionCondition, BeforeAllCallback {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String missing = Elastic.missing();
        if (missing == null) {
            return ConditionEvaluationResult.enabled("Elasticsearch at " + Elastic.URL);
        }
        if (Elastic.REQUIREMENT.required()) {
            return ConditionEvaluationResult.enabled("Elasticsearch required");
        }
        return ConditionEvaluationResult.disabled(Elastic.REQUIREMENT.skipMessage(missing));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String missing = Elastic.missing();
        if (missing != null) {
            throw Elastic.REQUIREMENT.failure(missing, null);
        }
    }
}
