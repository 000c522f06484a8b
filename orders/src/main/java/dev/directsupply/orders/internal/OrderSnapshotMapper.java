package dev.directsupply.orders.internal;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.kernel.codec.CommonMappings;
import dev.directsupply.kernel.codec.SnapshotMapping;
import dev.directsupply.orders.internal.OrderSnapshots.OrderSnapshot;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderId;
import dev.directsupply.orders.order.ProductCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Orders ⇄ their snapshots; MapStruct writes the field-by-field code, nested records included. */
@Mapper(config = SnapshotMapping.class)
interface OrderSnapshotMapper extends CommonMappings {
    OrderSnapshotMapper INSTANCE = Mappers.getMapper(OrderSnapshotMapper.class);

    @Mapping(target = "schemaVersion", constant = "" + OrderSnapshots.SCHEMA_VERSION)
    OrderSnapshot snapshot(Order order);

    Order order(OrderSnapshot snapshot);

    default OrderId orderId(String value) {
        return value == null ? null : new OrderId(value);
    }

    default CustomerId customerId(String value) {
        return value == null ? null : new CustomerId(value);
    }

    default ProductCode productCode(String value) {
        return value == null ? null : new ProductCode(value);
    }
}
