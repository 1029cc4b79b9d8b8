package vn.lachan.streets.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.lachan.shared.NotFoundException;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.paging.PageResult;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.streets.internal.CatalogueManagement;
import vn.lachan.streets.internal.Competence;
import vn.lachan.streets.internal.Sanction;
import vn.lachan.streets.internal.SanctionQueries;

/**
 * The sanction catalogue: decrees with their entries and competences, the entry in force
 * for a kind of violation on a day, and (administrators) a new decree.
 */
@RestController
@RequestMapping("/api/v1/streets")
class CatalogueApiController {

	private final SanctionQueries catalogue;

	private final CatalogueManagement management;

	CatalogueApiController(SanctionQueries catalogue, CatalogueManagement management) {
		this.catalogue = catalogue;
		this.management = management;
	}

	@GetMapping("/decrees")
	PageResult<SanctionQueries.Decree> decrees(
			@Parameter(description = "the page, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "the page's size: 20 by default, at most 200") @RequestParam(
					required = false) Integer size) {
		// a short reference list: paged in memory
		return PageResult.slice(this.catalogue.decrees(), PageQuery.of(page, size));

	}

	@GetMapping("/decrees/{code}")
	DecreeResponse decree(@PathVariable String code) {
		SanctionQueries.Decree decree = this.catalogue.decrees()
			.stream()
			.filter((d) -> d.code().equals(code))
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("decree", code));
		return new DecreeResponse(decree, this.catalogue.entriesOf(code), this.catalogue.competencesOf(code));
	}

	@PostMapping("/decrees")
	@ResponseStatus(HttpStatus.CREATED)
	DecreeResponse add(CurrentUser user, @RequestBody CatalogueManagement.NewDecree decree) {
		this.management.addDecree(user, decree);
		return decree(decree.code());
	}

	@GetMapping("/sanctions")
	Sanction inForce(@RequestParam String type,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
		return this.catalogue.inForce(type, on).orElseThrow(() -> NotFoundException.of("sanction", type));
	}

	/** A decree with its entries and competences. */
	record DecreeResponse(SanctionQueries.Decree decree, List<Sanction> entries, List<Competence> competences) {
	}

}
