package dev.directsupply.orders.archfixture;

import java.sql.Connection;

/** A domain class that knows JDBC. */
public final class OrderUsingJdbc {
    public boolean open(Connection connection) throws Exception {
        return !connection.isClosed();
    }
}
