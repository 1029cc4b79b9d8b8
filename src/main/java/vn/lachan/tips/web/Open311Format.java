package vn.lachan.tips.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of Open311 GeoReport v2: XML (required by the spec) and JSON (its Spark
 * mapping, in which the XML root becomes an array). Documents are maps of strings,
 * numbers, booleans and lists; a list of maps named {@code attributes} becomes
 * {@code <attributes><attribute>…} in XML.
 */
enum Open311Format {

	JSON("application/json;charset=utf-8"), XML("text/xml;charset=utf-8");

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final String contentType;

	Open311Format(String contentType) {
		this.contentType = contentType;
	}

	static Open311Format of(String path) {
		return path.endsWith(".xml") ? XML : JSON;
	}

	static Open311Format ofExtension(String extension) {
		return switch (extension) {
			case "xml" -> XML;
			case "json" -> JSON;
			default -> null;
		};
	}

	String contentType() {
		return this.contentType;
	}

	/** A list: a JSON array, or an XML root holding one element per item. */
	String list(String root, String item, List<Map<String, Object>> items) {
		if (this == JSON) {
			return MAPPER.writeValueAsString(items);
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		xml.append('<').append(root).append('>');
		for (Map<String, Object> entry : items) {
			element(xml, item, entry);
		}
		return xml.append("</").append(root).append('>').toString();
	}

	/** One object: a JSON object, or an XML root. */
	String object(String root, Map<String, Object> document) {
		if (this == JSON) {
			return MAPPER.writeValueAsString(document);
		}
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		element(xml, root, document);
		return xml.toString();
	}

	String errors(List<Error> errors) {
		List<Map<String, Object>> items = errors.stream().map((error) -> {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("code", error.code());
			map.put("description", error.description());
			return map;
		}).toList();
		return list("errors", "error", items);
	}

	@SuppressWarnings("unchecked")
	private static void element(StringBuilder xml, String name, Object value) {
		xml.append('<').append(name).append('>');
		if (value instanceof Map<?, ?> map) {
			for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
				element(xml, entry.getKey(), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
			for (Object item : list) {
				element(xml, singular, item);
			}
		}
		else if (value != null) {
			escape(xml, String.valueOf(value));
		}
		xml.append("</").append(name).append('>');
	}

	private static void escape(StringBuilder xml, String text) {
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				case '&' -> xml.append("&amp;");
				case '"' -> xml.append("&quot;");
				case '\'' -> xml.append("&apos;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
						xml.append(c);
					}
				}
			}
		}
	}

	/**
	 * One Open311 error.
	 */
	record Error(int code, String description) {
	}

}
