package vn.lachan.residence.internal;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Residence settings.
 *
 * @param staysRetention how long a stay is kept after the guest left (or arrived, when no
 * departure was recorded); default 24 months
 * @param temporaryResidencesRetention how long an ended or expired temporary residence is
 * kept after its end; default 24 months
 * @param silentDays after how many days without a notification an accommodation counts as
 * silent
 */
@ConfigurationProperties("lachan.residence")
public record ResidenceProperties(Period staysRetention, Period temporaryResidencesRetention, Integer silentDays) {

	public ResidenceProperties {
		staysRetention = (staysRetention != null) ? staysRetention : Period.ofMonths(24);
		temporaryResidencesRetention = (temporaryResidencesRetention != null) ? temporaryResidencesRetention
				: Period.ofMonths(24);
		silentDays = (silentDays != null) ? silentDays : 30;
	}

}
