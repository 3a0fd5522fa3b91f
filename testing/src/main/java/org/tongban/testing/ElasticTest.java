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
 * A test class that needs the Elasticsearch node ({@link Elastic#url()}). Without a node the class is skipped with the
 * reason, or fails when {@code tongban.es.required=true}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag("elasticsearch")
@ExtendWith(ElasticExtension.class)
public @interface ElasticTest {}
