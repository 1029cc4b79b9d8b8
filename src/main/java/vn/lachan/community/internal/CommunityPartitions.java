package vn.lachan.community.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.partitioning.MonthlyPartitionedTable;

/**
 * Check-ins are partitioned by month on PostgreSQL
 * ({@code V202612050020__community_checkin_partitions}); the 30-day purge drops whole
 * months ({@link CheckinManagement#purge}).
 */
@Configuration(proxyBeanMethods = false)
class CommunityPartitions {

	static final MonthlyPartitionedTable CHECKINS = new MonthlyPartitionedTable("community_checkin", "checked_in_at");

	@Bean
	MonthlyPartitionedTable checkinPartitions() {
		return CHECKINS;
	}

}
