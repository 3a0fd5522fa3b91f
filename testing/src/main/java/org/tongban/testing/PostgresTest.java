package org.tongban.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that runs on the PostgreSQL test server ({@link Postgres}) in a schema of its own, created before the
 * class and dropped after it; a {@link PostgresSchema} parameter of a {@code @BeforeAll}, {@code @BeforeEach} or test
 * method receives it. Without a server the class is skipped with the reason, or fails when
 * {@code tongban.pg.required=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("postgres")
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {}
