package vn.lachan.streets.internal;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A photo of a violation, sanitised (type sniffed, metadata stripped), kept apart from
 * the aggregate so that loading a violation never loads its photos.
 */
@Table("streets_violation_photo")
record ViolationPhoto(@Id Long id, long violationId, String contentType, int sizeBytes, byte[] data, Instant takenAt) {
}
