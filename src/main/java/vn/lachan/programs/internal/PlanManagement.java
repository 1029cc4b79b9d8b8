package vn.lachan.programs.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.programs.PlanChanged;
import vn.lachan.programs.PlanLink;
import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;
import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.crypto.Hashes;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.TerritoryCatalog;

/**
 * Plans and directives: their tasks, progress, document and the records they ordered, by
 * ID through the other modules' catalogues.
 */
@Service
@Transactional
public class PlanManagement {

	/** The largest document accepted. */
	static final int MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

	private final PlanQueries queries;

	private final ModelQueries models;

	private final KeyAreaQueries keyAreas;

	private final TerritoryCatalog territory;

	private final ForcesCatalog forces;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanManagement(PlanQueries queries, ModelQueries models, KeyAreaQueries keyAreas, TerritoryCatalog territory,
			ForcesCatalog forces, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.models = models;
		this.keyAreas = keyAreas;
		this.territory = territory;
		this.forces = forces;
		this.events = events;
		this.clock = clock;
	}

	public Plan create(CurrentUser user, PlanInput input) {
		ProgramRoles.requireCommittee(user);
		long unitId = (input.unitId() != null) ? input.unitId() : (user.unitId() != null) ? user.unitId() : -1;
		List<FieldProblem> problems = new ArrayList<>();
		if (this.territory.findUnit(unitId).isEmpty()) {
			problems.add(new FieldProblem("unitId", "unknownUnit", "programs.error.unknown-unit"));
		}
		if (input.kind() == null) {
			problems.add(new FieldProblem("kind", "NotNull", "programs.error.required"));
		}
		required(problems, "issuer", input.issuer());
		required(problems, "number", input.number());
		required(problems, "title", input.title());
		if (input.issuedOn() == null) {
			problems.add(new FieldProblem("issuedOn", "NotNull", "programs.error.required"));
		}
		List<PlanInput.TaskInput> tasks = (input.tasks() == null) ? List.of() : input.tasks();
		for (int i = 0; i < tasks.size(); i++) {
			PlanInput.TaskInput task = tasks.get(i);
			required(problems, "tasks[" + i + "].title", task.title());
			if (task.responsibleUnitId() == null || this.territory.findUnit(task.responsibleUnitId()).isEmpty()) {
				problems.add(new FieldProblem("tasks[" + i + "].responsibleUnitId", "unknownUnit",
						"programs.error.unknown-unit"));
			}
			if (task.dueOn() == null) {
				problems.add(new FieldProblem("tasks[" + i + "].dueOn", "NotNull", "programs.error.required"));
			}
			else if (input.issuedOn() != null && task.dueOn().isBefore(input.issuedOn())) {
				problems
					.add(new FieldProblem("tasks[" + i + "].dueOn", "beforeIssue", "programs.error.due-before-issue"));
			}
		}
		List<PlanInput.LinkInput> links = (input.links() == null) ? List.of() : input.links();
		for (int i = 0; i < links.size(); i++) {
			if (!exists(links.get(i))) {
				problems.add(new FieldProblem("links[" + i + "]", "unknownRecord", "programs.error.unknown-record"));
			}
		}
		if (problems.isEmpty()
				&& this.queries.plan(input.issuer().strip(), input.number().strip(), input.issuedOn()).isPresent()) {
			problems.add(new FieldProblem("number", "duplicate", "programs.error.plan-duplicate"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		user.requireUnit(unitId, "unit", unitId);
		long id = this.queries.insert(unitId, input, this.clock.instant());
		for (PlanInput.LinkInput link : links) {
			this.queries.insertLink(id, link.module(), link.recordType(), link.recordId());
		}
		return published(id);
	}

	/** Links a record the plan ordered (idempotent). */
	public Plan link(CurrentUser user, long planId, PlanInput.LinkInput link) {
		plan(user, planId);
		ProgramRoles.requireCommittee(user);
		if (!exists(link)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("recordId", "unknownRecord", "programs.error.unknown-record")));
		}
		this.queries.insertLink(planId, link.module(), link.recordType(), link.recordId());
		return published(planId);
	}

	private boolean exists(PlanInput.LinkInput link) {
		if (link.module() == null || link.recordType() == null || link.recordId() == null) {
			return false;
		}
		long id = link.recordId();
		return switch (link.module() + "/" + link.recordType()) {
			case "forces/team" -> this.forces.findTeam(id).isPresent();
			case "territory/place" -> this.territory.findPlace(id).isPresent();
			case "programs/deployment" -> this.models.deployment(id).isPresent();
			case "programs/key-area" -> this.keyAreas.find(id).isPresent();
			default -> false;
		};
	}

	public Plan completeTask(CurrentUser user, long planId, long taskId, LocalDate doneOn) {
		Plan plan = plan(user, planId);
		Plan.Task task = plan.tasks()
			.stream()
			.filter((candidate) -> candidate.id() == taskId)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("task", taskId));
		user.requireUnit(task.responsibleUnitId(), "task", taskId);
		if (doneOn == null || doneOn.isBefore(plan.issuedOn())) {
			throw new InvalidInputException(
					List.of(new FieldProblem("doneOn", "beforeIssue", "programs.error.done-before-issue")));
		}
		this.queries.completeTask(taskId, doneOn);
		return published(planId);
	}

	/**
	 * Stores the plan's document: a PDF, checked by its content (a PDF that PDFBox
	 * opens), whatever its name or declared type says.
	 */
	public Plan attachDocument(CurrentUser user, long planId, String fileName, byte[] content) {
		plan(user, planId);
		ProgramRoles.requireCommittee(user);
		if (content == null || content.length == 0 || content.length > MAX_DOCUMENT_BYTES || !isPdf(content)) {
			throw new InvalidInputException(
					List.of(new FieldProblem("document", "notPdf", "programs.error.document-not-pdf")));
		}
		String name = (fileName == null || fileName.isBlank()) ? "document.pdf"
				: fileName.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		this.queries.storeDocument(planId, name, Hashes.sha256Hex(content), content);
		return published(planId);
	}

	static boolean isPdf(byte[] content) {
		if (content.length < 5 || content[0] != '%' || content[1] != 'P' || content[2] != 'D' || content[3] != 'F') {
			return false;
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			return document.getNumberOfPages() > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	@Transactional(readOnly = true)
	public byte[] document(CurrentUser user, long planId) {
		plan(user, planId);
		return this.queries.document(planId).orElseThrow(() -> NotFoundException.of("document", planId));
	}

	/**
	 * A plan, seen by the committee and by the units responsible for one of its tasks.
	 */
	@Transactional(readOnly = true)
	public Plan plan(CurrentUser user, long id) {
		Plan plan = this.queries.plan(id).orElseThrow(() -> NotFoundException.of("plan", id));
		if (!visible(user, plan)) {
			throw NotFoundException.of("plan", id);
		}
		return plan;
	}

	@Transactional(readOnly = true)
	public List<Plan> plans(CurrentUser user) {
		return this.queries.plans().stream().filter((plan) -> visible(user, plan)).toList();
	}

	@Transactional(readOnly = true)
	public PageResult<Plan> plans(CurrentUser user, PageQuery page) {
		return this.queries.plans(user.unrestricted() ? null : List.copyOf(user.unitIds()), page);
	}

	/** The plans that ordered a record, as the record's page shows them. */
	@Transactional(readOnly = true)
	public List<PlanLink> plansOrdering(CurrentUser user, String module, String recordType, long recordId) {
		return this.queries.linksTo(module, recordType, recordId)
			.stream()
			.filter((link) -> this.queries.plan(link.planId()).map((plan) -> visible(user, plan)).orElse(false))
			.toList();
	}

	private static boolean visible(CurrentUser user, Plan plan) {
		return user.canSeeUnit(plan.unitId())
				|| plan.tasks().stream().anyMatch((task) -> user.canSeeUnit(task.responsibleUnitId()));
	}

	private Plan published(long id) {
		Plan plan = this.queries.plan(id).orElseThrow();
		this.events.publishEvent(new PlanChanged(id, plan.unitId(), plan.kind().name(), plan.number(), plan.title(),
				plan.issuedOn(), plan.tasks().size(), plan.tasksDone(), this.queries.bump(id)));
		return plan;
	}

	private static void required(List<FieldProblem> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "NotBlank", "programs.error.required"));
		}
	}

}
