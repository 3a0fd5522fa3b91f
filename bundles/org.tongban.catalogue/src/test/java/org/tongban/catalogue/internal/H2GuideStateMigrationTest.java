package org.tongban.catalogue.internal;

import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The move of guide states onto the workflows, on H2. */
class H2GuideStateMigrationTest extends GuideStateMigrationContract {

    @Override
    DataSource emptyDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:tb_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Override
    String vendor() {
        return "h2";
    }
}
