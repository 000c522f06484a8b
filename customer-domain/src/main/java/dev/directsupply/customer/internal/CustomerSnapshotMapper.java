package dev.directsupply.customer.internal;

import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.codec.CommonMappings;
import dev.directsupply.kernel.codec.MoneySnapshot;
import dev.directsupply.kernel.codec.SnapshotMapping;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Customer ⇄ {@link CustomerSnapshot}; MapStruct writes the field-by-field code. */
@Mapper(config = SnapshotMapping.class)
interface CustomerSnapshotMapper extends CommonMappings {
    CustomerSnapshotMapper INSTANCE = Mappers.getMapper(CustomerSnapshotMapper.class);

    @Mapping(target = "schemaVersion", constant = "" + CustomerSnapshot.SCHEMA_VERSION)
    CustomerSnapshot toSnapshot(Customer customer);

    Customer toCustomer(CustomerSnapshot snapshot);

    default CustomerId customerId(String value) {
        return new CustomerId(value);
    }

    default String text(UnifiedSocialCreditCode code) {
        return code.value();
    }

    default UnifiedSocialCreditCode creditCode(String value) {
        return new UnifiedSocialCreditCode(value);
    }

    default Map<String, MoneySnapshot> monthly(SortedMap<YearMonth, Money> monthly) {
        Map<String, MoneySnapshot> out = new LinkedHashMap<>();
        monthly.forEach((month, amount) -> out.put(month.toString(), snapshot(amount)));
        return out;
    }

    default SortedMap<YearMonth, Money> monthly(Map<String, MoneySnapshot> monthly) {
        SortedMap<YearMonth, Money> out = new TreeMap<>();
        monthly.forEach((month, amount) -> out.put(YearMonth.parse(month), money(amount)));
        return out;
    }

}
