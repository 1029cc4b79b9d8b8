package vn.lachan.forces.internal;

/**
 * A member's role in a team: leader (tổ trưởng), deputy (tổ phó) or member (tổ viên).
 */
public enum TeamRole {

	LEADER, DEPUTY, MEMBER

}
