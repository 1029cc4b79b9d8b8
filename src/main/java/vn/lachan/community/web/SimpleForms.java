package vn.lachan.community.web;

/**
 * The small public forms of the community pages: a code, a phone number, an answer.
 */
public final class SimpleForms {

	private SimpleForms() {
	}

	/** The confirmation code form. */
	public static class CodeForm {

		private String code;

		public String getCode() {
			return this.code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	/** The check-in form: a phone number, or nothing. */
	public static class CheckinForm {

		private String phone;

		public String getPhone() {
			return this.phone;
		}

		public void setPhone(String phone) {
			this.phone = phone;
		}

	}

	/** A recipient's answer to a broadcast. */
	public static class ReplyForm {

		private String body;

		private boolean asTip;

		public String getBody() {
			return this.body;
		}

		public void setBody(String body) {
			this.body = body;
		}

		public boolean isAsTip() {
			return this.asTip;
		}

		public void setAsTip(boolean asTip) {
			this.asTip = asTip;
		}

	}

	/** The purpose staff state before reading a member's contacts. */
	public static class PurposeForm {

		private String purpose;

		public String getPurpose() {
			return this.purpose;
		}

		public void setPurpose(String purpose) {
			this.purpose = purpose;
		}

	}

}
