package vn.lachan.programs.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.lachan.forces.ForcesCatalog;
import vn.lachan.forces.TeamSummary;
import vn.lachan.programs.internal.Comparison;
import vn.lachan.programs.internal.CriteriaSetInput.CriterionInput;
import vn.lachan.programs.internal.Plan.PlanKind;
import vn.lachan.programs.internal.PlanInput.LinkInput;
import vn.lachan.programs.internal.PlanInput.TaskInput;
import vn.lachan.programs.internal.Scorecard.EnteredValue;
import vn.lachan.shared.DemoData;
import vn.lachan.shared.security.SystemUser;
import vn.lachan.shared.time.VietnamTime;
import vn.lachan.territory.AdminUnitSummary;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The programs of the article: the Front's Plan 19 (late 2021), the committee's Plan 48
 * of 2022 on "2 tự quản, 2 chủ động", Directive 09-CT/TW; the models where the article
 * says they run; Nam Phong and Mỹ Xá designated and transformed; Thống Nhất and Vị Hoàng
 * scored and recognised as model wards for urban order. Decision numbers and dates the
 * article does not give are illustrative and marked so below; the criteria sets are
 * transcribed in short from TT 23/2012 and TT 124/2021 (the urban-order criteria of the
 * provincial committee are illustrative).
 */
@Component
@Order(DemoData.ACCESS_ORDER + 40)
@ConditionalOnProperty(name = DemoData.ENABLED_PROPERTY, havingValue = "true")
class ProgramsDemoData implements ApplicationRunner {

	static final String URBAN_ORDER = "phuong-dien-hinh-ttdt";

	static final String SAFE_WARD = "an-toan-antt";

	private static final Logger log = LoggerFactory.getLogger(ProgramsDemoData.class);

	private static final String CITY_COMMITTEE = "Ban Chỉ đạo 138 thành phố Nam Định";

	private static final String PROVINCE_COMMITTEE = "Ban Chỉ đạo 138 tỉnh Nam Định";

	private final PlanManagement plans;

	private final ModelManagement models;

	private final KeyAreaManagement keyAreas;

	private final ScoringManagement scoring;

	private final TerritoryCatalog territory;

	private final ForcesCatalog forces;

	private final TransactionTemplate transactions;

	ProgramsDemoData(PlanManagement plans, ModelManagement models, KeyAreaManagement keyAreas,
			ScoringManagement scoring, TerritoryCatalog territory, ForcesCatalog forces,
			TransactionTemplate transactions) {
		this.plans = plans;
		this.models = models;
		this.keyAreas = keyAreas;
		this.scoring = scoring;
		this.territory = territory;
		this.forces = forces;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.models.models().isEmpty()) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> load());
		log.info("Demo programs loaded: 3 plans and directives, 3 models, 2 key areas, 2 model wards");
	}

	private void load() {
		var system = SystemUser.INSTANCE;
		long city = unit("356").id();
		List<AdminUnitSummary> wards = new ArrayList<>();
		for (AdminUnitSummary unit : this.territory
			.findUnits(new vn.lachan.territory.UnitQuery(city, null, DemoData.AS_OF, null))) {
			if (unit.parentId() != null && unit.parentId() == city && unit.validOn(DemoData.AS_OF)) {
				wards.add(unit);
			}
		}
		// Plan 19 of the Front, "cuối năm 2021": the date is illustrative
		List<LinkInput> communityTeams = new ArrayList<>();
		for (AdminUnitSummary ward : wards) {
			for (TeamSummary team : this.forces.teamsOf(ward.id())) {
				if ("COMMUNITY".equals(team.kind())) {
					communityTeams.add(new LinkInput("forces", "team", team.id()));
				}
			}
		}
		this.plans.create(system, new PlanInput(city, PlanKind.PLAN, "Ủy ban MTTQ Việt Nam thành phố Nam Định",
				"19/KH-MTTQ", LocalDate.of(2021, 10, 28),
				"Phát động toàn dân tích cực tham gia phòng, chống dịch COVID-19 với khẩu hiệu “Bảo vệ vùng xanh, thắng nhanh COVID-19”",
				List.of(new TaskInput("Kiện toàn Ban chỉ đạo phòng, chống dịch COVID-19 ở 25 phường, xã", city,
						LocalDate.of(2021, 11, 15)),
						new TaskInput("Thành lập tổ COVID-19 cộng đồng tại thôn, xóm, tổ dân phố", city,
								LocalDate.of(2021, 12, 31))),
				communityTeams));
		Plan plan19 = this.plans.plans(system)
			.stream()
			.filter((plan) -> plan.number().equals("19/KH-MTTQ"))
			.findFirst()
			.orElseThrow();
		this.plans.completeTask(system, plan19.id(), plan19.tasks().get(0).id(), LocalDate.of(2021, 11, 12));
		this.plans.completeTask(system, plan19.id(), plan19.tasks().get(1).id(), LocalDate.of(2021, 12, 15));

		// Plan 48 of 2022: number from the article, date illustrative
		long ngoQuyen = unit("13663").id();
		long locHa = unit("13684").id();
		Plan plan48 = this.plans.create(system, new PlanInput(city, PlanKind.PLAN, CITY_COMMITTEE, "48/KH-BCĐ",
				LocalDate.of(2022, 2, 14),
				"Triển khai xây dựng mô hình “2 tự quản, 2 chủ động” góp phần “Bảo vệ vùng xanh, thắng nhanh COVID-19”",
				List.of(new TaskInput("Xây dựng mô hình tại Chợ Cửa Trường, phường Ngô Quyền", ngoQuyen,
						LocalDate.of(2022, 2, 28)),
						new TaskInput("Xây dựng mô hình tại các khu dân cư phường Lộc Hạ", locHa,
								LocalDate.of(2022, 2, 28)),
						new TaskInput("Nhân rộng mô hình ra toàn địa bàn thành phố", city, LocalDate.of(2022, 3, 31))),
				List.of()));
		// Directive 09-CT/TW of the Party Secretariat, 01/12/2011
		this.plans.create(system, new PlanInput(city, PlanKind.DIRECTIVE, "Ban Bí thư Trung ương Đảng", "09-CT/TW",
				LocalDate.of(2011, 12, 1),
				"Tăng cường sự lãnh đạo của Đảng đối với phong trào toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới",
				List.of(new TaskInput("Tham mưu Thành ủy, UBND thành phố giải pháp triển khai, duy trì phong trào",
						city, LocalDate.of(2022, 12, 31))),
				List.of()));

		MovementModel twoTwo = this.models.define(system, "2-tu-quan-2-chu-dong", "2 tự quản, 2 chủ động",
				"Phòng, chống dịch COVID-19 ở nơi có nguy cơ lây nhiễm cao (khu dân cư, trường học, chợ dân sinh)",
				List.of("Tự quản về địa bàn", "Tự quản về con người", "Chủ động phản ánh", "Chủ động phòng chống",
						"Mã QR-Code tại điểm, nhóm Zalo giữa tiểu thương, hộ dân và cơ quan quản lý"));
		// The local definition of "3 quản, 3 biết" is unknown: an editable checklist
		MovementModel threeThree = this.models.define(system, "3-quan-3-biet", "3 quản, 3 biết",
				"Quản lý tạm trú, lưu trú ở địa bàn có đông công nhân thuê trọ",
				List.of("Điểm tiếp nhận khai báo tạm trú, lưu trú ở tổ dân phố",
						"Sổ theo dõi nhà trọ và người thuê trọ"));
		MovementModel liaison = this.models.define(system, "to-lien-ket-pcmt", "Tổ liên kết phòng, chống ma túy",
				"Phát hiện, tố giác, phòng ngừa tệ nạn ma túy ở thôn, xóm",
				List.of("Quyết định thành lập tổ", "Danh sách thành viên", "Sổ ghi chép hoạt động"));

		PlaceSummary market = place(ngoQuyen, "Chợ Cửa Trường");
		PlaceSummary residential = place(locHa, "Khu dân cư Lộc Hạ");
		// Start dates of the deployments are illustrative
		LocalDate first = LocalDate.of(2022, 2, 21);
		this.models.deploy(system, new DeploymentInput(twoTwo.id(), ngoQuyen, market.id(), first, plan48.id(),
				DeploymentStatus.OPERATING, null, "Tuyên truyền, mã QR-Code tại chợ, nhóm Zalo tiểu thương", null));
		this.models.deploy(system, new DeploymentInput(twoTwo.id(), locHa, residential.id(), first, plan48.id(),
				DeploymentStatus.OPERATING, null, "Nhóm Zalo các hộ dân kết nối với cơ quan quản lý", null));
		for (AdminUnitSummary ward : wards) {
			if (ward.id() != ngoQuyen && ward.id() != locHa) {
				this.models.deploy(system, new DeploymentInput(twoTwo.id(), ward.id(), null, LocalDate.of(2022, 3, 21),
						plan48.id(), DeploymentStatus.OPERATING, null, "Nhân rộng theo Kế hoạch 48", null));
			}
		}
		Plan plan48Now = this.plans.plan(system, plan48.id());
		this.plans.completeTask(system, plan48.id(), plan48Now.tasks().get(0).id(), LocalDate.of(2022, 2, 21));
		this.plans.completeTask(system, plan48.id(), plan48Now.tasks().get(1).id(), LocalDate.of(2022, 2, 21));
		this.plans.completeTask(system, plan48.id(), plan48Now.tasks().get(2).id(), LocalDate.of(2022, 3, 21));

		long myXa = unit("13699").id();
		long namPhong = unit("13696").id();
		// Mỹ Xá: "3 quản, 3 biết" since June 2021 (Báo Nam Định, 02/2022)
		this.models.deploy(system,
				new DeploymentInput(threeThree.id(), myXa, null, LocalDate.of(2021, 6, 1), null,
						DeploymentStatus.OPERATING, "Đi vào nền nếp",
						"317 hộ cho thuê trọ, 530 phòng, 1.150 người tạm trú", null));
		TeamSummary liaisonTeam = this.forces.teamsOf(namPhong)
			.stream()
			.filter((team) -> "DRUG_LIAISON".equals(team.kind()))
			.findFirst()
			.orElseThrow();
		this.models.deploy(system, new DeploymentInput(liaison.id(), namPhong, null, liaisonTeam.foundedOn(), null,
				DeploymentStatus.OPERATING, "Đi vào hoạt động nền nếp", null, liaisonTeam.id()));

		// Key areas: decision numbers and dates illustrative, the outcome from the
		// article
		transformed(namPhong, "drugs", "12/QĐ-BCĐ", LocalDate.of(2021, 3, 30),
				"Xây dựng Tổ liên kết phòng, chống ma túy; " + "tuần tra, kiểm soát; tuyên truyền ở thôn, xóm",
				"85/QĐ-BCĐ", LocalDate.of(2021, 12, 20));
		KeyArea myXaArea = transformed(myXa, "social-order", "13/QĐ-BCĐ", LocalDate.of(2021, 3, 30),
				"Mô hình “3 quản, 3 biết” quản lý tạm trú, lưu trú; kiểm tra nhà trọ; nắm tình hình công nhân",
				"86/QĐ-BCĐ", LocalDate.of(2021, 12, 20));
		this.keyAreas.addIndicator(system, myXaArea.id(), new EnteredIndicator("Người tạm trú",
				BigDecimal.valueOf(1150), BigDecimal.valueOf(1150), "Báo Nam Định, 02/2022"));

		criteriaSets();
		modelWard("13681", Map.of("uo-camera",
				value(69, "69 mắt camera công cộng, kết hợp 314 mắt camera của cơ quan, " + "doanh nghiệp, hộ dân"),
				"uo-vi-pham", value(41, "Sổ theo dõi vi phạm trật tự đô thị (số liệu minh họa)"), "uo-phuc-tap",
				value(0, "Báo cáo của Công an phường"), "uo-van-dong",
				value(12, "Biên bản vận động tháo dỡ lều quán (số liệu minh họa)")), "27/QĐ-BCĐ");
		modelWard("13639",
				Map.of("uo-camera", value(32, "Danh sách camera công cộng (số liệu minh họa)"), "uo-vi-pham",
						value(76, "Phối hợp xử lý 76 vụ vi phạm trật tự đô thị"), "uo-phuc-tap",
						value(0, "Báo cáo của Công an phường"), "uo-van-dong",
						value(15, "Vận động di chuyển, tháo dỡ lều quán, biển quảng cáo, bạt, mái che lấn chiếm")),
				"28/QĐ-BCĐ");
	}

	private KeyArea transformed(long unitId, String kind, String number, LocalDate on, String measures,
			String evaluation, LocalDate evaluatedOn) {
		var system = SystemUser.INSTANCE;
		KeyArea area = this.keyAreas.designate(system,
				new KeyAreaInput(unitId, kind, number, on, PROVINCE_COMMITTEE, on.getYear(), null, null, null));
		this.keyAreas.startTransforming(system, area.id(), measures);
		return this.keyAreas.evaluate(system, area.id(), true, evaluation, evaluatedOn,
				"Hoàn thành chuyển hóa địa bàn trọng điểm phức tạp về TTATXH");
	}

	private void criteriaSets() {
		var system = SystemUser.INSTANCE;
		String none = "Không xảy ra hoạt động chống Đảng, chính quyền, phá hoại, vụ việc phức tạp kéo dài";
		this.scoring.defineSet(system,
				new CriteriaSetInput(SAFE_WARD, "Xã, phường, thị trấn đạt tiêu chuẩn “An toàn về ANTT”",
						"TT 23/2012/TT-BCA", LocalDate.of(2012, 6, 1),
						List.of(new CriterionInput("antt-su-viec", none, 30, null, Comparison.AT_MOST, BigDecimal.ZERO),
								new CriterionInput("antt-kdc-dat", "Tỷ lệ khu dân cư đạt “An toàn về ANTT” (%)", 30,
										null, Comparison.AT_LEAST, BigDecimal.valueOf(70)),
								new CriterionInput("antt-luc-luong", "Lực lượng bảo vệ ANTT ở cơ sở hoạt động", 40,
										PlatformFigures.TEAMS_ACTIVE, Comparison.AT_LEAST, BigDecimal.ONE))));
		this.scoring.defineSet(system, new CriteriaSetInput(SAFE_WARD,
				"Xã, phường, thị trấn đạt tiêu chuẩn “An toàn về ANTT”", "TT 124/2021/TT-BCA",
				LocalDate.of(2022, 2, 10),
				List.of(new CriterionInput("antt-su-viec", none, 20, null, Comparison.AT_MOST, BigDecimal.ZERO),
						new CriterionInput("antt-dang-ky", "Khu dân cư, cơ quan, doanh nghiệp, trường học đăng ký (%)",
								20, null, Comparison.AT_LEAST, BigDecimal.valueOf(100)),
						new CriterionInput("antt-kdc-dat", "Được công nhận “An toàn về ANTT” (%)", 20, null,
								Comparison.AT_LEAST, BigDecimal.valueOf(70)),
						new CriterionInput("antt-mo-hinh", "Ít nhất một mô hình phong trào hoạt động hiệu quả", 20,
								PlatformFigures.MODELS_OPERATING, Comparison.AT_LEAST, BigDecimal.ONE),
						new CriterionInput("antt-ky-luat", "Cán bộ Công an xã, phường bị kỷ luật", 20, null,
								Comparison.AT_MOST, BigDecimal.ZERO))));
		// Illustrative: the provincial committee's urban-order criteria were not
		// retrieved
		this.scoring.defineSet(system, new CriteriaSetInput(URBAN_ORDER, "Phường điển hình về trật tự đô thị",
				"Ban Chỉ đạo 138 tỉnh Nam Định (minh họa)", LocalDate.of(2021, 1, 1),
				List.of(new CriterionInput("uo-luc-luong", "Lực lượng tham gia bảo vệ ANTT ở cơ sở hoạt động", 20,
						PlatformFigures.TEAMS_ACTIVE, Comparison.AT_LEAST, BigDecimal.ONE),
						new CriterionInput("uo-camera", "Camera giám sát công cộng tại vị trí trọng điểm", 20, null,
								Comparison.AT_LEAST, BigDecimal.valueOf(20)),
						new CriterionInput("uo-vi-pham", "Vụ vi phạm trật tự đô thị được phối hợp xử lý", 20, null,
								Comparison.AT_LEAST, BigDecimal.valueOf(20)),
						new CriterionInput("uo-phuc-tap", "Vụ việc phức tạp về ANTT kéo dài", 20, null,
								Comparison.AT_MOST, BigDecimal.ZERO),
						new CriterionInput("uo-van-dong", "Đợt vận động tháo dỡ lều quán, biển quảng cáo lấn chiếm", 20,
								null, Comparison.AT_LEAST, BigDecimal.ONE))));
	}

	private void modelWard(String code, Map<String, EnteredValue> values, String recognition) {
		var system = SystemUser.INSTANCE;
		long unitId = unit(code).id();
		Scorecard card = this.scoring.open(system, unitId, URBAN_ORDER, 2021);
		this.scoring.fill(system, card.id(), values);
		this.scoring.submit(system, card.id(),
				LocalDate.of(2022, 3, 10).atTime(9, 0).atZone(VietnamTime.ZONE).toInstant());
		this.scoring.approve(system, card.id(),
				LocalDate.of(2022, 3, 24).atTime(15, 0).atZone(VietnamTime.ZONE).toInstant());
		// Recognition decision: number and date illustrative
		this.scoring.recognise(system, card.id(), recognition, LocalDate.of(2022, 3, 30));
	}

	private static EnteredValue value(long value, String evidence) {
		return new EnteredValue(BigDecimal.valueOf(value), evidence);
	}

	private AdminUnitSummary unit(String code) {
		return this.territory.findUnitByCode(code, DemoData.AS_OF).orElseThrow();
	}

	private PlaceSummary place(long unitId, String name) {
		return this.territory.placesOnMap(java.util.Set.of(unitId), 100)
			.stream()
			.filter((place) -> place.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
