package vn.lachan.community.internal;

import vn.lachan.community.Priority;

/** A broadcast template of the library (a fraud warning ...). */
public record TemplateView(String code, Priority priority, String title, String body) {
}
