package vn.lachan.community.web;

import java.util.EnumSet;
import java.util.Set;

import vn.lachan.community.Channel;
import vn.lachan.community.Priority;
import vn.lachan.community.internal.JoinRequest;
import vn.lachan.shared.web.ContactFields;

/** The public joining form. */
public class JoinForm extends ContactFields {

	private String phone;

	private Set<Channel> channels = EnumSet.of(Channel.BOARD, Channel.EMAIL);

	private Priority minPriority = Priority.INFORMATION;

	private boolean consent;

	JoinRequest request() {
		return new JoinRequest(getDisplayName(), getEmail(), this.phone,
				(this.channels != null) ? this.channels : Set.of(), this.minPriority, this.consent);
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Set<Channel> getChannels() {
		return this.channels;
	}

	public void setChannels(Set<Channel> channels) {
		this.channels = channels;
	}

	public Priority getMinPriority() {
		return this.minPriority;
	}

	public void setMinPriority(Priority minPriority) {
		this.minPriority = minPriority;
	}

	public boolean isConsent() {
		return this.consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
