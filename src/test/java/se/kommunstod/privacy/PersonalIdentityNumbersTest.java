package se.kommunstod.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "19121212-1212", "121212-1212", "1212121212", "191212121212", "811218-9876", "8112189876",
      "121212+1212", "Boende 19121212-1212 har synpunkter", "nr:811218-9876.", "811218 9876",
      // coordination number (day + 60)
      "701063-2391"})
  void findsValidNumbers(String text) {
    assertThat(PersonalIdentityNumbers.containsOne(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "Otrygghet kring torget kvällstid", "121212-1213", "811218-9875",
      // month 13, day 32: not dates
      "811318-9876", "811232-1234",
      // part of a longer number, phone-like text, amounts, years
      "0811218-98760", "Tel 08-123 456 78", "Budget 3000000 kr", "2022-2024", "9 000 000"})
  void leavesOtherTextAlone(String text) {
    assertThat(PersonalIdentityNumbers.containsOne(text)).isFalse();
  }
}
