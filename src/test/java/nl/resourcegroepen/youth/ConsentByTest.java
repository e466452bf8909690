package nl.resourcegroepen.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import nl.resourcegroepen.engine.EngineClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who consents at which age (jeugd), and when the transition to adult care starts. */
class ConsentByTest {

  @ParameterizedTest
  @CsvSource({"0, parents", "11, parents", "12, both", "15, both", "16, youngPerson", "17, youngPerson", "23, youngPerson"})
  void underTwelveTheParentsTwelveToFifteenBothFromSixteenTheYoungPerson(int age, String consentBy) {
    assertThat(ConsentBy.forAge(age).code()).isEqualTo(consentBy);
  }

  @Test
  void anUnknownAgeAsksBoth() {
    assertThat(ConsentBy.forAge(null)).isEqualTo(ConsentBy.BOTH);
  }

  @Test
  void theTransitionStartsAtTheStartOfTheDaySixMonthsBeforeTheEighteenthBirthday() {
    YouthTransition transition = new YouthTransition(trajectory -> Optional.of(LocalDate.of(2010, 8, 31)));

    assertThat(transition.knowsBirthDate("t")).isTrue();
    assertThat(transition.startsOn("t", "P6M").toInstant())
        .as("31 August 2028 minus six months: the last day of February")
        .isEqualTo(ZonedDateTime.of(2028, 2, 29, 0, 0, 0, 0, EngineClock.ZONE).toInstant());
    assertThat(new YouthTransition(trajectory -> Optional.empty()).knowsBirthDate("t")).isFalse();
  }
}
