package vn.lachan.tips.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Photos of tips, kept apart from the aggregate so that loading a tip never loads them.
 */
@Component
public class TipPhotos {

	private final JdbcClient jdbc;

	TipPhotos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void store(long tipId, TipSubmission.Photo photo) {
		this.jdbc
			.sql("INSERT INTO tip_photo (tip_id, content_type, size_bytes, data) VALUES (:tip, :type, :size, :data)")
			.param("tip", tipId)
			.param("type", photo.contentType())
			.param("size", photo.data().length)
			.param("data", photo.data())
			.update();
	}

	public List<Long> idsOf(long tipId) {
		return this.jdbc.sql("SELECT id FROM tip_photo WHERE tip_id = :tip ORDER BY id")
			.param("tip", tipId)
			.query(Long.class)
			.list();
	}

	/** A photo of this tip, or nothing. */
	public Optional<TipSubmission.Photo> find(long tipId, long photoId) {
		return this.jdbc.sql("SELECT content_type, data FROM tip_photo WHERE id = :id AND tip_id = :tip")
			.param("id", photoId)
			.param("tip", tipId)
			.query((rs, row) -> new TipSubmission.Photo(rs.getString("content_type"), rs.getBytes("data")))
			.optional();
	}

}
