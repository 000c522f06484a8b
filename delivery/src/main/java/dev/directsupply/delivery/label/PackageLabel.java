package dev.directsupply.delivery.label;

import dev.directsupply.kernel.codec.Json;
import dev.directsupply.kernel.Require;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The label of one package of a shipment (DS-4.2.2): product, specification, quantity, production date, shelf
 * life, the expiry date computed from them, lot, and shipment reference. It renders as text for the people who
 * handle the package ({@link #toText}), as a GS1 element string for a barcode ({@link #toGs1}) and as JSON
 * ({@link #toJson}).
 *
 * @param shipment the reference of the shipment the package travels in
 * @param number   the package's number within the shipment, from 1
 * @param line     the shipment line the package holds goods of
 */
public record PackageLabel(String shipment, int number, int line, LabelledGoods goods, BigDecimal quantity, Lot lot) {
    private static final DateTimeFormatter GS1_DATE = DateTimeFormatter.ofPattern("yyMMdd");

    public PackageLabel {
        Require.nonNull(shipment, "shipment", goods, "goods", quantity, "quantity", lot, "lot");
    }

    public java.time.LocalDate expiresOn() {
        return lot.expiresOn();
    }

    /** The label as people read it, in English or Chinese. */
    public String toText(Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        String[][] rows = {
            {zh ? "品名" : "Product", goods.name() + " (" + goods.product() + ")"},
            {zh ? "规格" : "Specification", goods.specification()},
            {zh ? "数量" : "Quantity", quantity.toPlainString() + " " + goods.unit()},
            {zh ? "生产日期" : "Produced on", lot.producedOn().toString()},
            {zh ? "保质期" : "Shelf life", lot.shelfLife().amount() + (lot.shelfLife().unit() == ShelfLifeUnit.DAYS
                ? (zh ? " 天" : " days") : (zh ? " 个月" : " months"))},
            {zh ? "保质期至" : "Expires on", expiresOn().toString()},
            {zh ? "批号" : "Lot", lot.code()},
            {zh ? "发运单号" : "Shipment", shipment + " #" + number},
        };
        StringBuilder text = new StringBuilder();
        for (String[] row : rows) {
            text.append(row[0]).append(zh ? "：" : ": ").append(row[1]).append('\n');
        }
        return text.toString();
    }

    /**
     * The GS1 element string in its bracketed form: (240) product, (10) lot, (11) production date, (17) expiry
     * date, (37) count when the quantity is whole, (401) the shipment as consignment number.
     */
    public String toGs1() {
        StringBuilder gs1 = new StringBuilder().append("(240)").append(goods.product()).append("(10)")
            .append(lot.code()).append("(11)").append(GS1_DATE.format(lot.producedOn())).append("(17)")
            .append(GS1_DATE.format(expiresOn()));
        if (quantity.stripTrailingZeros().scale() <= 0) {
            gs1.append("(37)").append(quantity.toBigInteger());
        }
        return gs1.append("(401)").append(shipment).toString();
    }

    /** The label's fields as JSON, the expiry date included. */
    public String toJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("shipment", shipment);
        fields.put("package", number);
        fields.put("line", line);
        fields.put("product", goods.product());
        fields.put("name", goods.name());
        fields.put("specification", goods.specification());
        fields.put("quantity", quantity);
        fields.put("unit", goods.unit());
        fields.put("lot", lot.code());
        fields.put("producedOn", lot.producedOn().toString());
        fields.put("shelfLife", lot.shelfLife().toString());
        fields.put("expiresOn", expiresOn().toString());
        return Json.write(fields);
    }
}
