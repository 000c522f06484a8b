package dev.directsupply.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-7.2.2 personal details are masked for actors without the right to see them and in every log line. */
class MaskingTest {

    @Test
    @DisplayName("DS-7.2.2 a mobile number keeps its first three and last four digits")
    void givenMobileNumber_whenMasked_thenFirstThreeAndLastFourKept() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    @DisplayName("DS-7.2.2 a number with a long middle has a star for every hidden digit")
    void givenLandlineWithAreaCode_whenMasked_thenOneStarPerHiddenDigit() {
        assertThat(Masking.phone("02161234567890")).isEqualTo("021*******7890");
    }

    @Test
    @DisplayName("DS-7.2.2 eight digits are the shortest number that shows any: one star between three and four")
    void givenEightDigits_whenMasked_thenOneStarInTheMiddle() {
        assertThat(Masking.phone("12345678")).isEqualTo("123*5678");
    }

    @Test
    @DisplayName("DS-7.2.2 seven digits or fewer would show them all, so every one is a star")
    void givenSevenDigitsOrFewer_whenMasked_thenAllStars() {
        assertThat(Masking.phone("1234567")).isEqualTo("*******");
        assertThat(Masking.phone("110")).isEqualTo("***");
    }

    @Test
    @DisplayName("no phone stays no phone: null and empty are returned as given")
    void givenNoPhone_whenMasked_thenReturnedAsGiven() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.phone("")).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.2 an e-mail keeps its first letter and its domain")
    void givenEmail_whenMasked_thenFirstLetterAndDomainKept() {
        assertThat(Masking.email("zhang.wei@example.com")).isEqualTo("z***@example.com");
        assertThat(Masking.email("ab@b.cn")).isEqualTo("a***@b.cn");
    }

    @Test
    @DisplayName("DS-7.2.2 an e-mail whose name before the '@' is one character shows none of it")
    void givenOneCharacterLocalPart_whenMasked_thenOnlyStarsBeforeTheDomain() {
        assertThat(Masking.email("a@b.cn")).isEqualTo("***@b.cn");
        assertThat(Masking.email("\"a\"@example.com")).isEqualTo("\"***\"@example.com");
    }

    @Test
    @DisplayName("DS-7.2.2 a quoted e-mail name is masked inside its quotes: no word of it shows")
    void givenQuotedLocalPart_whenMasked_thenOnlyItsFirstCharacterKept() {
        assertThat(Masking.email("\"john doe\"@example.com")).isEqualTo("\"j***\"@example.com");
    }

    @Test
    @DisplayName("DS-7.2.2 an '@' inside a quoted e-mail name is not taken for the domain")
    void givenQuotedLocalPartHoldingAnAt_whenMasked_thenDomainIsAfterTheLastAt() {
        String masked = Masking.email("\"a@b\"@example.com");

        assertThat(masked).isEqualTo("\"a***\"@example.com").doesNotContain("b\"");
    }

    @Test
    @DisplayName("DS-7.2.2 an e-mail without a name before an '@' hides everything")
    void givenMalformedEmail_whenMasked_thenOnlyStars() {
        assertThat(Masking.email("@example.com")).isEqualTo("***");
        assertThat(Masking.email("no-at-sign")).isEqualTo("***");
    }

    @Test
    @DisplayName("no e-mail stays no e-mail: null and empty are returned as given")
    void givenNoEmail_whenMasked_thenReturnedAsGiven() {
        assertThat(Masking.email(null)).isNull();
        assertThat(Masking.email("")).isEmpty();
    }

    @Test
    @DisplayName("DS-7.2.2 a name keeps its first character, a star for each of the others")
    void givenName_whenMasked_thenFirstCharacterKept() {
        assertThat(Masking.name("张伟")).isEqualTo("张*");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("Li Na")).isEqualTo("L****");
    }

    @Test
    @DisplayName("DS-7.2.2 a character outside the basic plane counts as one character, not two")
    void givenNameWithSupplementaryCharacters_whenMasked_thenCountedByCodePoint() {
        assertThat(Masking.name("\uD840\uDC00伟")).isEqualTo("\uD840\uDC00*");
        assertThat(Masking.name("王\uD840\uDC00")).isEqualTo("王*");
    }

    @Test
    @DisplayName("DS-7.2.2 a name of one character is all hidden: keeping its first character would show it whole")
    void givenOneCharacterName_whenMasked_thenOneStar() {
        assertThat(Masking.name("张")).isEqualTo("*");
        assertThat(Masking.name("L")).isEqualTo("*");
        assertThat(Masking.name("\uD840\uDC00")).isEqualTo("*");
    }

    @Test
    @DisplayName("no name stays no name: null and empty are returned as given")
    void givenNoName_whenMasked_thenReturnedAsGiven() {
        assertThat(Masking.name("")).isEmpty();
        assertThat(Masking.name(null)).isNull();
    }
}
