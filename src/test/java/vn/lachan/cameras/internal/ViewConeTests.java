package vn.lachan.cameras.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View cones with known geometry: a point inside, on the edge and outside.
 */
class ViewConeTests {

	/** A camera at Thống Nhất looking due north, 90° wide, 100 m deep. */
	private final ViewCone north = new ViewCone(20.43, 106.17, 0, 90, 100);

	@Test
	void aPointStraightAheadWithinRangeIsInside() {
		assertThat(this.north.coversLocal(0, 50)).isTrue();
		assertThat(this.north.covers(20.43 + 50 / ViewCone.METRES_PER_DEGREE, 106.17)).isTrue();
	}

	@Test
	void aPointOnTheEdgeRayCountsAsSeen() {
		// the cone's left and right edges run at 45° either side of north
		assertThat(this.north.coversLocal(30, 30)).isTrue();
		assertThat(this.north.coversLocal(-30, 30)).isTrue();
		// the camera itself is the apex
		assertThat(this.north.coversLocal(0, 0)).isTrue();
	}

	@Test
	void pointsBehindBesideOrBeyondAreOutside() {
		assertThat(this.north.coversLocal(0, -10)).isFalse();
		assertThat(this.north.coversLocal(40, 30)).isFalse();
		assertThat(this.north.coversLocal(0, 101)).isFalse();
		assertThat(this.north.covers(20.43 + 150 / ViewCone.METRES_PER_DEGREE, 106.17)).isFalse();
	}

	@Test
	void aConeCrossingNorthWrapsAround() {
		ViewCone cone = new ViewCone(20.43, 106.17, 350, 40, 100);
		assertThat(cone.coversLocal(-5, 50)).isTrue();
		assertThat(cone.coversLocal(5, 50)).isTrue();
		assertThat(cone.coversLocal(30, 30)).isFalse();
	}

	@Test
	void aFullCircleSeesEveryDirectionWithinRange() {
		ViewCone all = new ViewCone(20.43, 106.17, 0, 360, 50);
		assertThat(all.coversLocal(0, -40)).isTrue();
		assertThat(all.coversLocal(-40, 0)).isTrue();
		assertThat(all.coversLocal(0, 60)).isFalse();
	}

	@Test
	void theRingIsClosedCounterClockwiseInLongitudeLatitude() {
		List<double[]> ring = this.north.ringLonLat();
		assertThat(ring.get(0)).containsExactly(ring.get(ring.size() - 1));
		double area = 0;
		for (int i = 0; i < ring.size() - 1; i++) {
			area += ring.get(i)[0] * ring.get(i + 1)[1] - ring.get(i + 1)[0] * ring.get(i)[1];
		}
		assertThat(area).as("positive signed area = counter-clockwise").isPositive();
		assertThat(ring).allSatisfy((point) -> {
			assertThat(point[0]).isBetween(106.16, 106.18);
			assertThat(point[1]).isBetween(20.42, 20.44);
		});
	}

}
