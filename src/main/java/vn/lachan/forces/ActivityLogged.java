package vn.lachan.forces;

import java.time.LocalDate;

/**
 * A team logged an activity.
 *
 * @param activityId the activity's id
 * @param teamId the team
 * @param unitId the team's ward or commune
 * @param kind what was done
 * @param occurredOn the day it happened (Vietnam time)
 */
public record ActivityLogged(long activityId, long teamId, long unitId, ActivityKind kind, LocalDate occurredOn) {
}
