package se.kommunstod.monitoring;

import java.time.Instant;

/**
 * One step that waits silently.
 *
 * @param since when the step started waiting (task created, incident raised, subscription opened)
 * @param stalledAt when it passed its limit (due date, idle limit, timer due date, incident time)
 * @param daysPastLimit whole days between {@code stalledAt} and now
 * @param link where to act on it: Tasklist for a user task, Cockpit otherwise
 */
public record StalledStep(
    StallKind kind,
    String kindLabel,
    String id,
    String municipality,
    String municipalityName,
    String process,
    String processName,
    String processInstanceId,
    String businessKey,
    String step,
    String stepName,
    String role,
    String roleName,
    Instant since,
    Instant stalledAt,
    long daysPastLimit,
    String link,
    String cockpitLink) {}
