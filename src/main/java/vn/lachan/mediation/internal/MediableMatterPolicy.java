package vn.lachan.mediation.internal;

/**
 * Matters that must be prosecuted, fined or that harm the public interest are not
 * mediated at the grassroots (Đ.3, Đ.4: mediation must not be used to avoid handling).
 */
public final class MediableMatterPolicy {

	public Verdict check(DisputeKind kind) {
		return switch (kind) {
			case CRIME -> Verdict.no("mediation-matter-criminal");
			case ADMINISTRATIVE_VIOLATION -> Verdict.no("mediation-matter-sanctioned");
			case PUBLIC_INTEREST -> Verdict.no("mediation-matter-public-interest");
			default -> Verdict.yes();
		};
	}

}
