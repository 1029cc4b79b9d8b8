package vn.lachan.cameras.internal;

import vn.lachan.cameras.CameraSummary;

/**
 * A camera suggested for a tip: its cone holds the tip's point and its retention still
 * holds the incident time. Public cameras are the ward's own (no request needed).
 */
public record Suggestion(CameraSummary camera, boolean requestable) {
}
