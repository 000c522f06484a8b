package dev.directsupply.sdk;

import dev.directsupply.orders.order.Order;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.jdbc.JdbcDocumentStore;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;

/** The same order-to-cash scenarios on the JDBC adapter over H2: the modules and the relay do not care where they are stored. */
@DisplayName("Order to cash on the JDBC adapter (H2)")
class OrderToCashOnH2Test extends OrderToCashTest {

    @Override
    DocumentStore store() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:sdk-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return JdbcDocumentStore.builder(database).build();
    }
}
