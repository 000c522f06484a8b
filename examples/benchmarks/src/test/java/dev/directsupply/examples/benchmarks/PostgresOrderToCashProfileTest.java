package dev.directsupply.examples.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.examples.benchmarks.PostgresOrderToCashBenchmark.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresOrderToCashProfileTest {

    @Test
    void givenNoArguments_whenParsed_thenTheStandardProfile() {
        assertThat(Profile.parse()).isEqualTo(Profile.standard());
    }

    @Test
    void givenQuickWithOptions_whenParsed_thenTheOptionsChangeTheQuickProfile() {
        Profile profile = Profile.parse("--rounds", "2", "--quick", "--orders-per-host", "5", "--sql", "--hosts-apart");

        assertThat(profile).isEqualTo(new Profile(2, 20, 0, 8, List.of(1, 2), 5, true, true));
    }

    @Test
    void givenUnknownArgument_whenParsed_thenRefusedNamingIt() {
        assertThatThrownBy(() -> Profile.parse("--fast")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("--fast").hasMessageContaining("--hosts-apart");
    }

    @Test
    void givenNumberMissing_whenParsed_thenRefusedNamingTheOption() {
        assertThatThrownBy(() -> Profile.parse("--orders")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("--orders needs a number");
    }
}
