package vn.lachan.residence.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.lachan.residence.AccommodationKind;
import vn.lachan.residence.AccommodationSummary;
import vn.lachan.residence.internal.AccommodationInput;
import vn.lachan.shared.web.AddressFields;

/**
 * The accommodation form of ward staff, to register one or to change it; the ward is the
 * signed-in officer's. The page picks one host; hosts registered beyond it through the
 * API are carried along unchanged ({@code otherHostIds}).
 */
public class AccommodationForm extends AddressFields {

	private Long id;

	private Integer version;

	private List<Long> otherHostIds = new ArrayList<>();

	private AccommodationKind kind;

	private String name;

	private Integer rooms = 0;

	private Integer beds = 0;

	private Long hostId;

	private Long officerId;

	private boolean foreignGuests;

	/** The form of an accommodation as it is now. */
	static AccommodationForm of(AccommodationSummary accommodation) {
		AccommodationForm form = new AccommodationForm();
		form.id = accommodation.id();
		form.version = accommodation.version();
		form.kind = accommodation.kind();
		form.name = accommodation.name();
		form.setAddress(accommodation.address());
		form.setGroupId(accommodation.groupId());
		form.rooms = accommodation.rooms();
		form.beds = accommodation.beds();
		form.officerId = accommodation.officerId();
		form.foreignGuests = accommodation.foreignGuests();
		List<Long> hosts = accommodation.hostIds().stream().sorted().toList();
		form.hostId = hosts.isEmpty() ? null : hosts.get(0);
		form.otherHostIds = new ArrayList<>(hosts.isEmpty() ? List.of() : hosts.subList(1, hosts.size()));
		return form;
	}

	AccommodationInput toInput(Long unitId) {
		Set<Long> hosts = new LinkedHashSet<>();
		if (this.hostId != null) {
			hosts.add(this.hostId);
		}
		hosts.addAll(this.otherHostIds);
		return new AccommodationInput(this.kind, this.name, getAddress(), (unitId != null) ? unitId : 0, getGroupId(),
				(this.rooms != null) ? this.rooms : 0, (this.beds != null) ? this.beds : 0, hosts, this.officerId,
				this.foreignGuests);
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public List<Long> getOtherHostIds() {
		return this.otherHostIds;
	}

	public void setOtherHostIds(List<Long> otherHostIds) {
		this.otherHostIds = (otherHostIds != null) ? otherHostIds : new ArrayList<>();
	}

	public AccommodationKind getKind() {
		return this.kind;
	}

	public void setKind(AccommodationKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Integer getRooms() {
		return this.rooms;
	}

	public void setRooms(Integer rooms) {
		this.rooms = rooms;
	}

	public Integer getBeds() {
		return this.beds;
	}

	public void setBeds(Integer beds) {
		this.beds = beds;
	}

	public Long getHostId() {
		return this.hostId;
	}

	public void setHostId(Long hostId) {
		this.hostId = hostId;
	}

	public Long getOfficerId() {
		return this.officerId;
	}

	public void setOfficerId(Long officerId) {
		this.officerId = officerId;
	}

	public boolean isForeignGuests() {
		return this.foreignGuests;
	}

	public void setForeignGuests(boolean foreignGuests) {
		this.foreignGuests = foreignGuests;
	}

}
