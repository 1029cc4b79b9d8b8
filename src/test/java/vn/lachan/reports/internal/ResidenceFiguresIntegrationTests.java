package vn.lachan.reports.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import vn.lachan.reports.internal.ResidenceSection.ResidenceFigures;
import vn.lachan.residence.AccommodationKind;
import vn.lachan.residence.AccommodationSummary;
import vn.lachan.residence.StayFilter;
import vn.lachan.residence.internal.AccommodationInput;
import vn.lachan.residence.internal.Channel;
import vn.lachan.residence.internal.DeclarationOutcome;
import vn.lachan.residence.internal.GuestInput;
import vn.lachan.residence.internal.StayIntake;
import vn.lachan.residence.internal.StayManagement;
import vn.lachan.residence.internal.TemporaryResidenceInput;
import vn.lachan.residence.internal.TemporaryResidenceManagement;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.paging.PageQuery;
import vn.lachan.shared.security.CurrentUser;
import vn.lachan.shared.security.Role;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.TerritoryCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "3 biết" figures on the dashboard come from the reports module's own tables, fed by
 * the residence module's events: guests present, foreigners, late notifications and
 * temporary residents whose term ends soon.
 */
@SpringBootTest
// the MockMvc context of the other integration tests, so that the context cache reuses it
@AutoConfigureMockMvc
class ResidenceFiguresIntegrationTests {

	@Autowired
	ResidenceSection section;

	@Autowired
	StayIntake intake;

	@Autowired
	StayManagement stays;

	@Autowired
	TemporaryResidenceManagement residences;

	@Autowired
	TerritoryCatalog territory;

	@Test
	void declarationsDeparturesAndTemporaryResidenceReachTheFigures() {
		long locHa = this.territory.findUnitByCode("13684", DemoData.AS_OF).orElseThrow().id();
		CurrentUser officer = new CurrentUser(-1, "test-officer", "Test", Role.WARD_OFFICER, locHa, Set.of(locHa),
				Set.of());
		ResidenceFigures before = (ResidenceFigures) this.section.figures(officer,
				DashboardPeriod.of(DashboardPeriod.Preset.MONTH, null, null, LocalDate.now(), false));
		AccommodationSummary hotel = this.stays.registerAccommodation(officer,
				new AccommodationInput(AccommodationKind.HOTEL, "Khách sạn thử " + System.nanoTime(), "Phường Lộc Hạ",
						locHa, null, 10, 20, Set.of(), null, true));
		String now = LocalDateTime.now(VietnamTime.ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
		String yesterday = LocalDateTime.now(VietnamTime.ZONE)
			.minusHours(30)
			.truncatedTo(ChronoUnit.MINUTES)
			.toString();
		DeclarationOutcome outcome = this.intake.declare(officer, Channel.API,
				List.of(guest(hotel.id(), "VN", "CCCD", number(), now),
						guest(hotel.id(), "KR", "PASSPORT", "M" + number().substring(4), now),
						guest(hotel.id(), "VN", "CCCD", number(), yesterday)),
				null, null);
		assertThat(outcome.added()).isEqualTo(3);
		long stayId = this.stays
			.list(officer, new StayFilter(null, hotel.id(), true, false, false), new PageQuery(0, 5))
			.items()
			.get(0)
			.id();
		this.stays.depart(officer, stayId, null);
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		this.residences.register(officer, new TemporaryResidenceInput("Phan Văn Trú", LocalDate.of(1990, 1, 1),
				number(), "Phường Lộc Hạ", locHa, null, today.minusYears(1), today.plusDays(7)));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			ResidenceFigures after = (ResidenceFigures) this.section.figures(officer,
					DashboardPeriod.of(DashboardPeriod.Preset.MONTH, null, null, LocalDate.now(), false));
			assertThat(after.notifications()).isEqualTo(before.notifications() + 1);
			assertThat(after.present()).isEqualTo(before.present() + 2);
			assertThat(after.lateGuests()).isEqualTo(before.lateGuests() + 1);
			assertThat(after.foreignPresent()).isBetween(before.foreignPresent(), before.foreignPresent() + 1);
			assertThat(after.expiringResidents()).isEqualTo(before.expiringResidents() + 1);
		});
	}

	static String number() {
		return "0368" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
	}

	static GuestInput guest(long accommodation, String nationality, String kind, String number, String arrival) {
		return new GuestInput(String.valueOf(accommodation), "Khách thử", "1991-03-04", "M", nationality, kind, number,
				"Du lịch", arrival, null, "101");
	}

}
