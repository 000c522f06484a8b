package dev.directsupply.sdk.tamper;

import org.junit.jupiter.api.DisplayName;

@DisplayName("DS-7.2.1 tamper suite in memory")
class TamperInMemoryTest extends TamperSuite {

    @Override
    Tampering tampering() {
        return new InMemoryTampering();
    }

    @Override
    String storeName() {
        return "memory";
    }
}
