package vn.lachan.programs.internal;

import java.time.LocalDate;
import java.util.List;

import vn.lachan.programs.PlanLink;

/**
 * A plan or directive of the committee (or the Front, or the Party): its issuer, number,
 * date, title, the document if uploaded, its tasks and the records it ordered.
 */
public record Plan(long id, long unitId, PlanKind kind, String issuer, String number, LocalDate issuedOn, String title,
		String documentName, String documentSha256, List<Task> tasks, List<PlanLink> links) {

	public Plan {
		tasks = List.copyOf(tasks);
		links = List.copyOf(links);
	}

	/** Tasks done, in percent of all tasks (0 without tasks). */
	public int progress() {
		if (this.tasks.isEmpty()) {
			return 0;
		}
		long done = this.tasks.stream().filter((task) -> task.doneOn() != null).count();
		return (int) Math.round(100.0 * done / this.tasks.size());
	}

	public int tasksDone() {
		return (int) this.tasks.stream().filter((task) -> task.doneOn() != null).count();
	}

	/**
	 * A task of a plan: what, which unit is responsible, by when, and when it was done.
	 */
	public record Task(long id, String title, long responsibleUnitId, LocalDate dueOn, LocalDate doneOn) {
	}

	/** What kind of document. */
	public enum PlanKind {

		PLAN, DIRECTIVE

	}

}
