package vn.lachan.streets.internal;

import org.springframework.data.repository.ListCrudRepository;

interface SweepRepository extends ListCrudRepository<Sweep, Long> {

}
