package vn.lachan.forces;

/**
 * An active member of a team as other modules see it (a mediator of a mediation team).
 *
 * @param personId the person's id in the forces
 * @param accountId the person's account, if they sign in
 * @param fullName the person's name
 * @param woman whether the person is a woman (a mediation team needs at least one)
 * @param leader whether the person leads the team
 */
public record TeamMember(long personId, Long accountId, String fullName, boolean woman, boolean leader) {
}
