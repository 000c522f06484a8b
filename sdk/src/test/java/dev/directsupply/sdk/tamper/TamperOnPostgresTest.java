package dev.directsupply.sdk.tamper;

import org.junit.jupiter.api.DisplayName;

@DisplayName("DS-7.2.1 tamper suite on the JDBC adapter (PostgreSQL)")
class TamperOnPostgresTest extends TamperSuite {

    @Override
    Tampering tampering() {
        return new JdbcTampering(Databases.newPostgres(), true);
    }

    @Override
    String storeName() {
        return "PostgreSQL";
    }
}
