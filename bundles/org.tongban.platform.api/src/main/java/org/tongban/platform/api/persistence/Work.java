package org.tongban.platform.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.osgi.annotation.versioning.ConsumerType;

/** Work done on the connection of the current transaction. */
@ConsumerType
@FunctionalInterface
public interface Work<T> {
    T run(Connection connection) throws SQLException;
}
