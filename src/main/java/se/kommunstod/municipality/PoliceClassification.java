package se.kommunstod.municipality;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The police's categories of areas, most severe first. {@link #code()} is the value of the DMN
 * table {@code prioritiseApplication}'s input "Polisens klassning" (an area on no list is {@value
 * #NOT_LISTED}).
 */
public enum PoliceClassification {
  ESPECIALLY_VULNERABLE("Särskilt utsatt område", "sarskilt-utsatt"),
  RISK("Riskområde", "riskomrade"),
  VULNERABLE("Utsatt område", "utsatt");

  /** The DMN code of a municipality with no area on its current list. */
  public static final String NOT_LISTED = "inget";

  private final String swedishName;
  private final String code;

  PoliceClassification(String swedishName, String code) {
    this.swedishName = swedishName;
    this.code = code;
  }

  public String swedishName() {
    return swedishName;
  }

  /** The code the DMN table and the forms use, e.g. {@code riskomrade}. */
  public String code() {
    return code;
  }

  /** More severe than {@code other} (särskilt utsatt &gt; riskområde &gt; utsatt). */
  public boolean isMoreSevereThan(PoliceClassification other) {
    return other == null || ordinal() < other.ordinal();
  }

  /**
   * The category named in a list as a code ({@code riskomrade}), a constant ({@code RISK}) or the
   * police's own words ("Riskområde", "särskilt utsatt"); null when it is none of them. The
   * police's words are how a list names them (docs/police-classification.md has the mapping of
   * older names).
   */
  public static PoliceClassification parse(String text) {
    if (text == null) {
      return null;
    }
    String plain =
        Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replace('_', '-')
            .replace(' ', '-');
    for (PoliceClassification value : values()) {
      if (plain.equals(value.code)
          || plain.equals(value.name().toLowerCase(Locale.ROOT).replace('_', '-'))) {
        return value;
      }
    }
    return switch (plain) {
      case "sarskilt-utsatt-omrade", "sarskilt-utsatta-omraden" -> ESPECIALLY_VULNERABLE;
      case "riskomraden" -> RISK;
      case "utsatt-omrade", "utsatta-omraden" -> VULNERABLE;
      default -> null;
    };
  }
}
