package vn.lachan.forces.internal;

import java.time.LocalDate;

/**
 * A person joining a team: either someone already known ({@code personId}) or a new
 * person ({@code person}).
 *
 * @param personId a person already in the forces, or {@code null}
 * @param person the new person's details, when {@code personId} is {@code null}
 * @param role the role in the team
 * @param joinedOn the day of joining
 * @param confirmWarnings whether the officer confirms any rule warnings
 */
public record NewMember(Long personId, PersonDetails person, TeamRole role, LocalDate joinedOn,
		boolean confirmWarnings) {
}
