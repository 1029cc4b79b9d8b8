package vn.lachan.cameras.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * What a camera sees: a circular sector from the camera's position, centred on its
 * bearing (degrees clockwise from north), as wide as its field of view and as deep as its
 * range. The polygon is built in metres east and north of the camera (a local
 * equirectangular projection, exact enough within 500 m) and given back in longitude and
 * latitude for maps. A point on the edge counts as seen.
 */
public final class ViewCone {

	/** Metres per degree of latitude. */
	static final double METRES_PER_DEGREE = 111_320.0;

	/** Arc points per full circle; a sector gets its share, at least 2. */
	private static final int ARC_STEPS = 72;

	private static final double EDGE_TOLERANCE_METRES = 0.001;

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final double latitude;

	private final double longitude;

	private final Polygon local;

	public ViewCone(double latitude, double longitude, double bearing, double fieldOfView, double rangeMetres) {
		this.latitude = latitude;
		this.longitude = longitude;
		this.local = sector(bearing, fieldOfView, rangeMetres);
	}

	private static Polygon sector(double bearing, double fieldOfView, double range) {
		List<Coordinate> ring = new ArrayList<>();
		boolean full = fieldOfView >= 360.0;
		int steps = Math.max(2, (int) Math.ceil(ARC_STEPS * fieldOfView / 360.0));
		double start = bearing - fieldOfView / 2.0;
		if (!full) {
			ring.add(new Coordinate(0, 0));
		}
		for (int i = 0; i <= steps; i++) {
			if (full && i == steps) {
				break;
			}
			double angle = Math.toRadians(start + fieldOfView * i / steps);
			ring.add(new Coordinate(range * Math.sin(angle), range * Math.cos(angle)));
		}
		ring.add(new Coordinate(ring.get(0)));
		return GEOMETRY.createPolygon(ring.toArray(Coordinate[]::new));
	}

	/** Whether the cone holds the point (its edge included). */
	public boolean covers(double pointLatitude, double pointLongitude) {
		return seen(localPoint(pointLatitude, pointLongitude));
	}

	/** Whether the cone holds a point given in metres east and north of the camera. */
	boolean coversLocal(double east, double north) {
		return seen(GEOMETRY.createPoint(new Coordinate(east, north)));
	}

	/**
	 * Inside or on the boundary, within a millimetre: the edges are computed with sines
	 * and cosines, so a point exactly on an edge ray may land a rounding error outside.
	 */
	private boolean seen(Point point) {
		return this.local.isWithinDistance(point, EDGE_TOLERANCE_METRES);
	}

	private Point localPoint(double pointLatitude, double pointLongitude) {
		double east = (pointLongitude - this.longitude) * METRES_PER_DEGREE * Math.cos(Math.toRadians(this.latitude));
		double north = (pointLatitude - this.latitude) * METRES_PER_DEGREE;
		return GEOMETRY.createPoint(new Coordinate(east, north));
	}

	/**
	 * The cone's outer ring as [longitude, latitude] pairs, counter-clockwise, first and
	 * last the same (RFC 7946 §3.1.6).
	 */
	public List<double[]> ringLonLat() {
		Polygon polygon = (Polygon) this.local.copy();
		polygon.normalize();
		Coordinate[] coordinates = polygon.getExteriorRing().getCoordinates();
		// JTS normalises shells clockwise; RFC 7946 wants exterior rings
		// counter-clockwise
		List<double[]> ring = new ArrayList<>();
		for (int i = coordinates.length - 1; i >= 0; i--) {
			Coordinate c = coordinates[i];
			double lon = this.longitude + c.x / (METRES_PER_DEGREE * Math.cos(Math.toRadians(this.latitude)));
			double lat = this.latitude + c.y / METRES_PER_DEGREE;
			ring.add(new double[] { round(lon), round(lat) });
		}
		return ring;
	}

	private static double round(double value) {
		return Math.round(value * 1_000_000.0) / 1_000_000.0;
	}

}
