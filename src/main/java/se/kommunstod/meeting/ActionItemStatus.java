package se.kommunstod.meeting;

import se.kommunstod.api.ModelCodes;

/**
 * Where an action item (åtgärdspunkt) stands; the forms use the codes ({@code open}, {@code done},
 * {@code cancelled}).
 */
public enum ActionItemStatus {
  OPEN("Öppen"),
  DONE("Klar"),
  CANCELLED("Struken");

  private final String swedishName;

  ActionItemStatus(String swedishName) {
    this.swedishName = swedishName;
  }

  public String swedishName() {
    return swedishName;
  }

  public String code() {
    return ModelCodes.code(this);
  }
}
