package dev.directsupply.customer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The customer module's values name themselves in English and Chinese. */
class CustomerLabelsTest {

    @ParameterizedTest(name = "{0}: every value has a label in English and Chinese")
    @ValueSource(classes = {Industry.class, SubIndustry.class, ScaleTier.class, StrategicImportance.class,
        CustomerStatus.class})
    void givenLocalizedEnum_whenLabelled_thenBothLanguagesFromTheBundles(Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            Messages.Localized value = (Messages.Localized) constant;
            assertThat(Messages.has(value.labelKey())).as(value.labelKey()).isTrue();
            assertThat(value.label(Messages.ENGLISH)).as(value.labelKey()).isNotEqualTo(value.label(Messages.CHINESE));
        }
    }
}
