package se.kommunstod.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer, also coordination numbers) in free text:
 * YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN or the same without separator, whose last digit is the
 * Luhn check digit of the other nine and whose month and day are plausible (day 61–91 for a
 * coordination number). Digits that are part of a longer run of digits do not count.
 */
public final class PersonalIdentityNumbers {

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![0-9])((?:18|19|20)?)([0-9]{2})([0-9]{2})([0-9]{2})[-+ ]?([0-9]{4})(?![0-9])");

  private PersonalIdentityNumbers() {
  }

  /** True if the text contains something that reads as a valid personal identity number. */
  public static boolean containsOne(CharSequence text) {
    if (text == null || text.length() < 10) {
      return false;
    }
    Matcher matcher = CANDIDATE.matcher(text);
    int from = 0;
    while (from < text.length() && matcher.find(from)) {
      if (isValid(matcher)) {
        return true;
      }
      // try again from the next character: "1912121212120" style overlaps
      from = matcher.start() + 1;
    }
    return false;
  }

  private static boolean isValid(Matcher m) {
    int month = Integer.parseInt(m.group(3));
    int day = Integer.parseInt(m.group(4));
    if (month < 1 || month > 12) {
      return false;
    }
    boolean ordinaryDay = day >= 1 && day <= 31;
    boolean coordinationDay = day >= 61 && day <= 91;
    if (!ordinaryDay && !coordinationDay) {
      return false;
    }
    return luhnValid(m.group(2) + m.group(3) + m.group(4) + m.group(5));
  }

  static boolean luhnValid(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < tenDigits.length(); i++) {
      int digit = tenDigits.charAt(i) - '0';
      if (i % 2 == 0) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
