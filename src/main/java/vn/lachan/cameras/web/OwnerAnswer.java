package vn.lachan.cameras.web;

import vn.lachan.cameras.ProvideMethod;

/**
 * An owner's answer: provide (with how) or decline.
 */
record OwnerAnswer(Answer answer, ProvideMethod method) {

	enum Answer {

		PROVIDE, DECLINE

	}

}
