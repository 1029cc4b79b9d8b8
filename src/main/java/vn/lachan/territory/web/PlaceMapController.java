package vn.lachan.territory.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.lachan.shared.security.CurrentUser;
import vn.lachan.territory.PlaceSummary;
import vn.lachan.territory.TerritoryCatalog;

/**
 * The places of the caller's scope as GeoJSON, for the map page's markers.
 */
@Controller
class PlaceMapController {

	/**
	 * At most this many markers; a larger territory will want clustering and a bounding
	 * box.
	 */
	static final int MAX_MARKERS = 2000;

	private final TerritoryCatalog catalog;

	private final MessageSource messages;

	PlaceMapController(TerritoryCatalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping(path = "/console/territory/map/places", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	FeatureCollection places(CurrentUser user) {
		Locale locale = LocaleContextHolder.getLocale();
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath();
		String prefix = ((base != null) ? base : "") + "/console/territory/places/";
		List<Feature> features = this.catalog.placesOnMap(user.unrestricted() ? null : user.unitIds(), MAX_MARKERS)
			.stream()
			.map((place) -> feature(place, prefix, locale))
			.toList();
		return new FeatureCollection("FeatureCollection", features);
	}

	private Feature feature(PlaceSummary place, String prefix, Locale locale) {
		String kind = this.messages.getMessage("territory.place.kind." + place.kind().name(), null, place.kind().name(),
				locale);
		return new Feature("Feature", new Point("Point", List.of(place.longitude(), place.latitude())), new Properties(
				place.id(), place.name(), place.kind().name(), kind, place.address(), prefix + place.id()));
	}

	/** A GeoJSON feature collection (RFC 7946). */
	record FeatureCollection(String type, List<Feature> features) {
	}

	record Feature(String type, Point geometry, Properties properties) {
	}

	/** Coordinates are longitude first, as GeoJSON has them. */
	record Point(String type, List<BigDecimal> coordinates) {
	}

	record Properties(long id, String name, String kind, String kindLabel, String address, String url) {
	}

}
