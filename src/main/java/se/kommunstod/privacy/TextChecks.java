package se.kommunstod.privacy;

/**
 * The two checks every free text passes before it is stored, in the engine and in the records: no
 * personal identity number ({@link PersonalIdentityNumbers}) and nothing XML cannot carry ({@link
 * #isXmlSafe(CharSequence)}). {@code where} names the field in the refusal; the text itself is
 * never part of a message.
 */
public final class TextChecks {

  private TextChecks() {}

  public static void check(String where, CharSequence text) {
    if (text == null) {
      return;
    }
    if (!isXmlSafe(text)) {
      throw UnsafeTextRefusal.in(where);
    }
    if (PersonalIdentityNumbers.containsOne(text)) {
      throw PersonalDataRefusal.in(where);
    }
  }

  /**
   * XML 1.0's characters: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, paired
   * surrogates.
   */
  public static boolean isXmlSafe(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return false;
      }
      boolean allowed =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD);
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with every character XML cannot carry replaced by U+FFFD: for rendering old records.
   */
  public static String xmlSafe(String text) {
    if (text == null || isXmlSafe(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\t'
          || c == '\n'
          || c == '\r'
          || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD)) {
        out.append(c);
      } else {
        out.append('\uFFFD');
      }
    }
    return out.toString();
  }
}
