package vn.lachan.community.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;
import vn.lachan.community.Target;
import vn.lachan.community.TargetKind;
import vn.lachan.community.internal.BroadcastCommand;
import vn.lachan.shared.time.VietnamTime;

/**
 * The console's broadcast form: targets are groups, residential groups and whole units.
 */
public class BroadcastForm {

	private String templateCode;

	private Priority priority = Priority.INFORMATION;

	private String title;

	private String body;

	private Set<Channel> channels = EnumSet.of(Channel.BOARD, Channel.EMAIL);

	private List<Long> groupIds = new ArrayList<>();

	private List<Long> residentialGroupIds = new ArrayList<>();

	private List<Long> unitIds = new ArrayList<>();

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime sendAt;

	BroadcastCommand command() {
		List<Target> targets = new ArrayList<>();
		add(targets, TargetKind.GROUP, this.groupIds);
		add(targets, TargetKind.RESIDENTIAL_GROUP, this.residentialGroupIds);
		add(targets, TargetKind.UNIT, this.unitIds);
		return new BroadcastCommand(null, this.priority, this.title, this.body,
				(this.channels != null) ? this.channels : Set.of(), targets, this.templateCode,
				(this.sendAt != null) ? this.sendAt.atZone(VietnamTime.ZONE).toInstant() : null);
	}

	private static void add(List<Target> targets, TargetKind kind, List<Long> ids) {
		if (ids != null) {
			ids.stream().filter((id) -> id != null).forEach((id) -> targets.add(new Target(kind, id)));
		}
	}

	public String getTemplateCode() {
		return this.templateCode;
	}

	public void setTemplateCode(String templateCode) {
		this.templateCode = templateCode;
	}

	public Priority getPriority() {
		return this.priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Set<Channel> getChannels() {
		return this.channels;
	}

	public void setChannels(Set<Channel> channels) {
		this.channels = channels;
	}

	public List<Long> getGroupIds() {
		return this.groupIds;
	}

	public void setGroupIds(List<Long> groupIds) {
		this.groupIds = groupIds;
	}

	public List<Long> getResidentialGroupIds() {
		return this.residentialGroupIds;
	}

	public void setResidentialGroupIds(List<Long> residentialGroupIds) {
		this.residentialGroupIds = residentialGroupIds;
	}

	public List<Long> getUnitIds() {
		return this.unitIds;
	}

	public void setUnitIds(List<Long> unitIds) {
		this.unitIds = unitIds;
	}

	public LocalDateTime getSendAt() {
		return this.sendAt;
	}

	public void setSendAt(LocalDateTime sendAt) {
		this.sendAt = sendAt;
	}

}
