package vn.lachan.programs.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.lachan.shared.InvalidInputException;
import vn.lachan.shared.InvalidInputException.FieldProblem;

/**
 * A key area's sub-area as GeoJSON (a Polygon, or a Feature or FeatureCollection holding
 * one), read into JTS and checked: a closed ring that does not cross itself, inside the
 * unit's extent. Coordinates are longitude, latitude (WGS 84).
 */
final class AreaGeometry {

	static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AreaGeometry() {
	}

	/** The polygon, or the field problem of the {@code polygon} field. */
	static Polygon read(String geoJson) {
		Polygon polygon;
		try {
			polygon = polygon(JSON.readTree(geoJson));
		}
		catch (RuntimeException ex) {
			throw problem("invalidGeoJson", "programs.error.polygon-geojson");
		}
		if (!polygon.isValid()) {
			throw problem("selfIntersecting", "programs.error.polygon-self-crossing");
		}
		return polygon;
	}

	/** Checks that the polygon lies inside the unit's extent. */
	static void requireInside(Polygon polygon, Geometry extent) {
		if (extent == null) {
			throw problem("noExtent", "programs.error.polygon-no-extent");
		}
		if (!extent.covers(polygon)) {
			throw problem("outsideUnit", "programs.error.polygon-outside-unit");
		}
	}

	static Point point(double longitude, double latitude) {
		return FACTORY.createPoint(new Coordinate(longitude, latitude));
	}

	private static InvalidInputException problem(String code, String message) {
		return new InvalidInputException(List.of(new FieldProblem("polygon", code, message)));
	}

	private static Polygon polygon(JsonNode node) {
		String type = node.get("type").asString();
		return switch (type) {
			case "FeatureCollection" -> {
				JsonNode features = node.get("features");
				if (features == null || features.size() != 1) {
					throw new IllegalArgumentException("one feature expected");
				}
				yield polygon(features.get(0));
			}
			case "Feature" -> polygon(node.get("geometry"));
			case "Polygon" -> ring(node.get("coordinates"));
			default -> throw new IllegalArgumentException("a Polygon expected");
		};
	}

	private static Polygon ring(JsonNode rings) {
		if (rings == null || rings.size() != 1) {
			throw new IllegalArgumentException("one outer ring expected");
		}
		JsonNode ring = rings.get(0);
		List<Coordinate> coordinates = new ArrayList<>();
		for (JsonNode position : ring) {
			if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
				throw new IllegalArgumentException("a position is [longitude, latitude]");
			}
			coordinates.add(new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue()));
		}
		if (coordinates.size() < 4 || !coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
			throw new IllegalArgumentException("a closed ring of at least four positions expected");
		}
		return FACTORY.createPolygon(coordinates.toArray(Coordinate[]::new));
	}

}
