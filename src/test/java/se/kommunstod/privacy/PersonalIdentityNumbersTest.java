package se.kommunstod.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "19121212-1212",
        "121212-1212",
        "1212121212",
        "191212121212",
        "811218-9876",
        "8112189876",
        "121212+1212",
        "Boende 19121212-1212 har synpunkter",
        "nr:811218-9876.",
        "811218 9876",
        // coordination number (day + 60)
        "701063-2391"
      })
  void findsValidNumbers(String text) {
    assertThat(PersonalIdentityNumbers.containsOne(text)).isTrue();
  }

  /** The ten spellings of issue 20 that passed the old detector, each of a valid number. */
  static final java.util.List<String> SPELLINGS =
      java.util.List.of(
          "121212\u20131212", // en dash
          "121212\u22121212", // minus sign
          "121212\u20101212", // hyphen U+2010
          "121212\u00A01212", // no-break space
          "1212\u200B12-12\u200B12", // zero-width spaces
          "121212-\u00AD1212", // soft hyphen
          "121212 - 1212",
          "12 12 12-12 12",
          "\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12-\uFF11\uFF12\uFF11\uFF12", // full-width digits
          "\u0661\u0662\u0661\u0662\u0661\u0662-\u0661\u0662\u0661\u0662"); // Arabic-Indic digits

  static java.util.stream.Stream<String> spellings() {
    return SPELLINGS.stream();
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("spellings")
  void findsEverySpellingOfTheIssue(String spelling) {
    assertThat(PersonalIdentityNumbers.containsOne(spelling)).isTrue();
    assertThat(PersonalIdentityNumbers.containsOne("Boende " + spelling + " hörde av sig"))
        .isTrue();
    assertThat(PersonalIdentityNumbers.containsOne("Rum 5 " + spelling)).isTrue();
    // with a century as well
    assertThat(PersonalIdentityNumbers.containsOne("19" + spelling)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the same spellings with a wrong check digit, or not a date
        "121212\u20131213",
        "12 12 12-12 13",
        "\uFF11\uFF12\uFF11\uFF13\uFF11\uFF12-\uFF11\uFF12\uFF11\uFF12",
        "121312 - 1212",
        "Tel 08\u2013123\u00A0456 78",
        "2024\u201306\u201310",
        "Mötet 2024-06-10 kl 13-15",
        "Ärende 12345678901234",
        "10 000 000 kr",
        "0811218\u201398760"
      })
  void leavesLookalikesAlone(String text) {
    assertThat(PersonalIdentityNumbers.containsOne(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Otrygghet kring torget kvällstid",
        "121212-1213",
        "811218-9875",
        // month 13, day 32: not dates
        "811318-9876",
        "811232-1234",
        // part of a longer number, phone-like text, amounts, years
        "0811218-98760",
        "Tel 08-123 456 78",
        "Budget 3000000 kr",
        "2022-2024",
        "9 000 000"
      })
  void leavesOtherTextAlone(String text) {
    assertThat(PersonalIdentityNumbers.containsOne(text)).isFalse();
  }
}
