package org.tongban.platform.persistence.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
        name = "Tongban database",
        description = "The platform database. Without configuration an embedded H2 file database below"
                + " ${tongban.home}/data/db is used.")
public @interface DatabaseConfig {

    @AttributeDefinition(
            name = "JDBC URL",
            description =
                    "JDBC URL: jdbc:h2:... or jdbc:postgresql://host:port/db. Empty for the embedded H2 database.")
    String url() default "";

    @AttributeDefinition(
            name = "User",
            description = "Database user; empty for the H2 default or the PostgreSQL driver's default.")
    String user() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, description = "Database password.")
    String password() default "";

    @AttributeDefinition(name = "Maximum pool size", min = "1", description = "Most connections the pool keeps open.")
    int maximumPoolSize() default 10;
}
