package vn.lachan.residence.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.lachan.shared.partitioning.MonthlyPartitionedTable;

/**
 * Stays are partitioned by month of arrival on PostgreSQL
 * ({@code V202612050010__residence_stay_partitions}); the retention purge drops whole
 * months ({@link ResidenceJobs#purge()}).
 */
@Configuration(proxyBeanMethods = false)
class ResidencePartitions {

	static final MonthlyPartitionedTable STAYS = new MonthlyPartitionedTable("stay", "arrived_at");

	@Bean
	MonthlyPartitionedTable stayPartitions() {
		return STAYS;
	}

}
