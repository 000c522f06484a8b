package dev.directsupply.orders.archfixture;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A domain class that knows JSON. */
public final class OrderParsingJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public Object parse(String json) throws Exception {
        return mapper.readTree(json);
    }
}
