package vn.lachan.cameras.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The officer's footage request form: cameras ticked and the window, in Vietnam's time.
 */
class RequestForm {

	private List<Long> cameraIds = new ArrayList<>();

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime windowFrom;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
	private LocalDateTime windowTo;

	public List<Long> getCameraIds() {
		return this.cameraIds;
	}

	public void setCameraIds(List<Long> cameraIds) {
		this.cameraIds = (cameraIds != null) ? cameraIds : new ArrayList<>();
	}

	public LocalDateTime getWindowFrom() {
		return this.windowFrom;
	}

	public void setWindowFrom(LocalDateTime windowFrom) {
		this.windowFrom = windowFrom;
	}

	public LocalDateTime getWindowTo() {
		return this.windowTo;
	}

	public void setWindowTo(LocalDateTime windowTo) {
		this.windowTo = windowTo;
	}

}
