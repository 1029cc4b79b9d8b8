package vn.lachan.programs.internal;

import java.util.List;

/**
 * A model of the movement as data: its name, purpose and the checklist of what a
 * deployment must have (editable: for "3 quản, 3 biết" the local definition is not
 * known).
 */
public record MovementModel(long id, String code, String name, String purpose, List<String> checklist) {

	public MovementModel {
		checklist = List.copyOf(checklist);
	}

}
