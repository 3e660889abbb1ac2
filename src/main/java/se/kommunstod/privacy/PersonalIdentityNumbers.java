package se.kommunstod.privacy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer, also coordination numbers) in free text:
 * YYMMDD-NNNN, YYMMDD+NNNN, YYYYMMDD-NNNN or the same without separator, whose last digit is the
 * Luhn check digit of the other nine and whose month and day are plausible (day 61–91 for a
 * coordination number).
 *
 * <p>The text is normalised first, because a person typing or pasting a number can spell it in many
 * ways that look the same on screen: Unicode NFKC (full-width digits, compatibility forms), digits
 * of every script (Arabic-Indic, Devanagari, …) as 0–9, every dash (hyphen U+2010, en and em dash,
 * minus sign U+2212, …) as "-", every space (no-break, thin, tab, line break) as " ", and invisible
 * characters (zero-width spaces and joiners, soft hyphen, byte order mark) removed.
 *
 * <p>Then the digits are read in groups: runs of digits separated by at most a dash or plus with a
 * space either side, or one or two spaces ("121212 - 1212", "12 12 12-12 12"). Any consecutive
 * groups holding exactly 10 or 12 digits are a candidate; a group is never split, so digits inside
 * a longer number ("0811218-98760") do not count, and a phone number, an amount or a year range
 * only counts when it happens to be a valid date with a valid check digit.
 */
public final class PersonalIdentityNumbers {

  private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+(?:(?: ?[-+] ?| {1,2})[0-9]+)*");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private PersonalIdentityNumbers() {}

  /** True if the text contains something that reads as a valid personal identity number. */
  public static boolean containsOne(CharSequence text) {
    if (text == null || text.length() < 10) {
      return false;
    }
    String normalised = normalise(text);
    Matcher run = DIGIT_RUN.matcher(normalised);
    while (run.find()) {
      List<String> groups = new ArrayList<>();
      Matcher group = DIGITS.matcher(run.group());
      while (group.find()) {
        groups.add(group.group());
      }
      if (anyCandidate(groups)) {
        return true;
      }
    }
    return false;
  }

  /** True if the bytes, read as UTF-8 text (JSON, a serialized value, a text file), contain one. */
  public static boolean containsOne(byte[] bytes) {
    return bytes != null
        && bytes.length >= 10
        && containsOne(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static boolean anyCandidate(List<String> groups) {
    for (int first = 0; first < groups.size(); first++) {
      StringBuilder digits = new StringBuilder();
      for (int last = first; last < groups.size() && digits.length() < 12; last++) {
        digits.append(groups.get(last));
        if ((digits.length() == 10 || digits.length() == 12) && isValid(digits.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text as the detector reads it; see the class comment. */
  static String normalise(CharSequence text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
              } else if (type == Character.FORMAT) {
                // zero-width space/joiners, soft hyphen, word joiner, byte order mark: invisible,
                // removed
              } else if (type == Character.DASH_PUNCTUATION
                  || cp == '\u2212'
                  || cp == '\u2043'
                  || cp == '\uFE63') {
                out.append('-');
              } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static boolean isValid(String digits) {
    String tenDigits = digits;
    if (digits.length() == 12) {
      String century = digits.substring(0, 2);
      if (!century.equals("18") && !century.equals("19") && !century.equals("20")) {
        return false;
      }
      tenDigits = digits.substring(2);
    }
    int month = Integer.parseInt(tenDigits.substring(2, 4));
    int day = Integer.parseInt(tenDigits.substring(4, 6));
    if (month < 1 || month > 12) {
      return false;
    }
    boolean ordinaryDay = day >= 1 && day <= 31;
    boolean coordinationDay = day >= 61 && day <= 91;
    if (!ordinaryDay && !coordinationDay) {
      return false;
    }
    return luhnValid(tenDigits);
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
