package dev.directsupply.kernel.codec;

import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Identifier;
import dev.directsupply.kernel.Money;
import java.time.YearMonth;
import java.util.Currency;

/**
 * The conversions every snapshot mapper needs, as default methods a MapStruct mapper inherits:
 * money, typed ids and months to their stored forms and back.
 */
public interface CommonMappings {

    default MoneySnapshot snapshot(Money money) {
        return money == null ? null : new MoneySnapshot(money.amount(), money.currency().getCurrencyCode());
    }

    default Money money(MoneySnapshot snapshot) {
        return snapshot == null ? null : Money.of(snapshot.amount(), Currency.getInstance(snapshot.currency()));
    }

    default String text(Identifier id) {
        return id == null ? null : id.value();
    }

    default ActorId actorId(String value) {
        return value == null ? null : new ActorId(value);
    }

    default String text(YearMonth month) {
        return month == null ? null : month.toString();
    }

    default YearMonth month(String value) {
        return value == null ? null : YearMonth.parse(value);
    }
}
