package se.kommunstod.evaluation;

import java.util.Locale;

/**
 * Brå's answer to "were the goals reached?", as the form {@code evaluation} codes it ({@code ja},
 * …).
 */
public enum GoalsAchieved {
  JA("Ja"),
  DELVIS("Delvis"),
  NEJ("Nej");

  private final String swedishName;

  GoalsAchieved(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
