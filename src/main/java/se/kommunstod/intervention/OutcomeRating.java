package se.kommunstod.intervention;

import java.util.Locale;

/**
 * The owner's rating of an intervention's outcome, as the form {@code intervention-outcome} codes
 * it ({@code uppnatt}, …).
 */
public enum OutcomeRating {
  UPPNATT("Målet uppnått"),
  DELVIS("Delvis uppnått"),
  EJ("Inte uppnått");

  private final String swedishName;

  OutcomeRating(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
