package vn.lachan.cameras.internal;

import java.util.List;

import vn.lachan.cameras.CameraSummary;

/**
 * A camera with its view cone as a ring of [longitude, latitude] pairs.
 */
public record ConeView(CameraSummary camera, List<double[]> ring) {
}
