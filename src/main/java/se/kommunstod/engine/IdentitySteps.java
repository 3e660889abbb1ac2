package se.kommunstod.engine;

import java.util.List;

/**
 * The identity facts {@link MunicipalityAccess} makes sure of, each created if absent: asked one by
 * one ({@link IdentitySetup}) or read in bulk ({@link IdentitySetup#remembering()}).
 */
public interface IdentitySteps {

  /** Creates the group if absent; true if it was created. */
  boolean group(String id, String name, String type);

  void tenant(String id, String name);

  void groupMember(String userId, String groupId);

  void tenantGroup(String groupId, String tenantId);

  /** The ids of the group's members. */
  List<String> membersOf(String groupId);
}
