package vn.lachan.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.lachan.access.AuditAction;
import vn.lachan.access.AuditTrail;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;

/**
 * The administrators' view of the audit trail, newest first, with filters.
 */
@Controller
@RequestMapping("/console/admin/audit")
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	AuditPageController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	String audit(@ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("actions", AuditAction.values());
		if (result.hasErrors()) {
			model.addAttribute("entries", new PageResult<>(java.util.List.of(), 0, PAGE_SIZE, 0));
		}
		else {
			model.addAttribute("entries", this.audit.search(filter.query(), new PageQuery(page, PAGE_SIZE)));
		}
		model.addAttribute("pagerBase", filter.pagerBase("/console/admin/audit"));
		return "access/audit";
	}

}
