package org.tongban.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Applies the PostgreSQL policy to a {@link PostgresTest} class and keeps its schema. */
public final class PostgresExtension
        implements ExecutionCondition, BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Postgres.Probe probe = Postgres.probe();
        if (probe.server() != null) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + Postgres.URL);
        }
        if (Postgres.REQUIREMENT.required()) {
            // Runs, so that the class fails in beforeAll with the reason.
            return ConditionEvaluationResult.enabled("PostgreSQL required");
        }
        return ConditionEvaluationResult.disabled(Postgres.REQUIREMENT.skipMessage(probe.missing()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Postgres.Probe probe = Postgres.probe();
        if (probe.server() == null) {
            throw Postgres.REQUIREMENT.failure(probe.missing(), probe.failure());
        }
        context.getStore(NAMESPACE)
                .put(context.getRequiredTestClass(), probe.server().newSchema());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PostgresSchema schema =
                context.getStore(NAMESPACE).remove(context.getRequiredTestClass(), PostgresSchema.class);
        if (schema != null) {
            schema.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresSchema.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(context.getRequiredTestClass(), PostgresSchema.class);
    }
}
