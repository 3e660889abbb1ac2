package se.kommunstod.rollout;

import java.util.List;

/**
 * Optional limits of a preview or a move.
 *
 * @param processInstanceIds move only these cases (instances of the key) with their called
 *     instances; empty or null: every running case of the key
 * @param targetProcessDefinitionId the target the caller previewed: if a newer version was deployed
 *     since, the move is refused instead of going somewhere not previewed
 */
public record MigrationRequest(List<String> processInstanceIds, String targetProcessDefinitionId) {

  public static MigrationRequest everything() {
    return new MigrationRequest(null, null);
  }
}
