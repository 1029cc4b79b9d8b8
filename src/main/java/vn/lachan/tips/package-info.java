/**
 * Tips: intake from the public web form, place QR codes, the field, the phone and
 * Open311; receipts and anonymous follow-up; triage, assignment, deadline clocks and
 * outcomes.
 */
@ApplicationModule(displayName = "Tips", allowedDependencies = { "shared", "territory", "access", "forces" })
package vn.lachan.tips;

import org.springframework.modulith.ApplicationModule;
