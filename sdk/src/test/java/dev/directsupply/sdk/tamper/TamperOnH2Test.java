package dev.directsupply.sdk.tamper;

import org.junit.jupiter.api.DisplayName;

@DisplayName("DS-7.2.1 tamper suite on the JDBC adapter (H2)")
class TamperOnH2Test extends TamperSuite {

    @Override
    Tampering tampering() {
        return new JdbcTampering(Databases.newH2(), false);
    }

    @Override
    String storeName() {
        return "H2";
    }
}
