/**
 * The recovery plan (resourcegroepplan, bijlage 3) with its early-warning plan (signaleringsplan).
 *
 * <ul>
 *   <li><b>Tables</b> ({@code V3__recovery_plan.sql}): {@code recovery_plan} – one row per trajectory with
 *       the group fields, the signaleringsplan and the contact details as text columns;
 *       {@code plan_goal} – goals by kind ({@code LONG} slot 1–2, {@code SHORT} slot 1–3, also enforced by a
 *       check constraint); {@code plan_revision} – one row per changed field.</li>
 *   <li><b>Names</b>: every field is named by its form key (forms/README.md), in the API, in the forms and
 *       in the history: {@code groupName}, {@code longTermGoal2}, {@code shortTermGoal1WhoDoesWhat},
 *       {@code crisisMedicationRefused}. The history of a goal is {@code ?field=shortTermGoal1}.</li>
 *   <li><b>History</b>: per changed field, not snapshots: who, when, old value, new value and the route
 *       ({@code <form id>/<task id>} or {@code api}). Unchanged fields leave no revision; revisions are
 *       never changed or removed.</li>
 *   <li><b>Forms</b> ({@link nl.resourcegroepen.plan.RecoveryPlanRecords}): {@code recovery-plan},
 *       {@code recovery-goals}, {@code relapse-steps}; in the verslavingszorg {@code recovery-plan-addictionCare},
 *       whose terugvalpreventieplan adds {@code triggers}, {@code cravingSignals} and {@code lapseSteps}
 *       ({@code V11__addiction_care_relapse_prevention.sql}). A form opens empty (care content leaves the engine),
 *       so an empty field does not clear the plan; clearing is done with {@code PUT}. A submission that
 *       breaks a rule fails the task completion: the task stays open, nothing is stored, Tasklist shows
 *       the Dutch reason.</li>
 *   <li><b>API</b> ({@link nl.resourcegroepen.plan.RecoveryPlanController}):
 *       {@code GET/PUT /api/trajectories/{id}/plan}, {@code GET /api/trajectories/{id}/plan/history[?field=]},
 *       {@code GET/PUT /api/trajectories/{id}/early-warning-plan} (the signaleringsplan alone).
 *       Only users of the client's team; 404 when the trajectory is not visible, 403 for managers.</li>
 *   <li><b>Printing</b>: the PDF of bijlage 3 ({@code document.RecoveryPlanDocument}) reads this plan, so
 *       what was last saved, by a form or the API, is what is printed. Crisis contacts are text lines
 *       "Resourcegroep: …" ({@link nl.resourcegroepen.plan.CrisisContacts}) so the print can group them.</li>
 *   <li><b>Logging</b>: nothing in this package logs; rule messages name fields and limits, never content.</li>
 * </ul>
 */
package nl.resourcegroepen.plan;
