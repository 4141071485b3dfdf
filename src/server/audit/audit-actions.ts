// What each event of the audit trail means to a person, in Swedish and English. A case's timeline, the
// audit log and anything else that shows events print these labels, never the codes. The codes are the
// keys: `appendAudit` takes only an action listed here (AuditAction), so an event without a label does
// not compile. Records written by the demo seed and the importer are "<entity>.created" events named by
// the entity (CREATED_ENTITIES).
import type { Localized } from '../errors.js';

/** The things the seed and the importer create, each with the label of its "<entity>.created" event. */
export const CREATED_ENTITIES = {
  activity: { sv: 'Aktivitet registrerad', en: 'Activity recorded' },
  activity_plan: { sv: 'Aktivitetsplan registrerad', en: 'Activity plan recorded' },
  agenda_item: { sv: 'Dagordningspunkt registrerad', en: 'Agenda item recorded' },
  appropriation: { sv: 'Anslag registrerat', en: 'Appropriation recorded' },
  assessment: { sv: 'Bedömning registrerad', en: 'Assessment recorded' },
  assessment_aspect: { sv: 'Bedömningsgrund registrerad', en: 'Assessment aspect recorded' },
  assessment_grade: { sv: 'Bedömningsbetyg registrerat', en: 'Assessment grade recorded' },
  budget: { sv: 'Budget registrerad', en: 'Budget recorded' },
  budget_line: { sv: 'Budgetrad registrerad', en: 'Budget line recorded' },
  call: { sv: 'Utlysning registrerad', en: 'Call recorded' },
  case: { sv: 'Ärende registrerat', en: 'Case recorded' },
  case_external_id: { sv: 'Externt ärendenummer registrerat', en: 'External case number recorded' },
  contribution: { sv: 'Medfinansiering registrerad', en: 'Contribution recorded' },
  decision: { sv: 'Beslut registrerat', en: 'Decision recorded' },
  delegated_decision_report: {
    sv: 'Anmälan av delegationsbeslut registrerad',
    en: 'Report of delegated decisions recorded',
  },
  delegated_decision_report_item: {
    sv: 'Anmält delegationsbeslut registrerat',
    en: 'Reported delegated decision recorded',
  },
  delegation_order: { sv: 'Delegationsordning registrerad', en: 'Delegation order recorded' },
  document: { sv: 'Handling registrerad', en: 'Document recorded' },
  funder: { sv: 'Finansiär registrerad', en: 'Funder recorded' },
  meeting: { sv: 'Sammanträde registrerat', en: 'Meeting recorded' },
  municipality: { sv: 'Kommun registrerad', en: 'Municipality recorded' },
  organization: { sv: 'Organisation registrerad', en: 'Organisation recorded' },
  payment: { sv: 'Utbetalning registrerad', en: 'Payment recorded' },
  payment_request: { sv: 'Begäran om utbetalning registrerad', en: 'Payment request recorded' },
  press_release: { sv: 'Pressmeddelande registrerat', en: 'Press release recorded' },
  press_release_item: { sv: 'Punkt i pressmeddelande registrerad', en: 'Press release item recorded' },
  priority: { sv: 'Prioritering registrerad', en: 'Priority recorded' },
  programme: { sv: 'Program registrerat', en: 'Programme recorded' },
  project: { sv: 'Projekt registrerat', en: 'Project recorded' },
  recovery: { sv: 'Återkrav registrerat', en: 'Recovery recorded' },
  refund: { sv: 'Återbetalning registrerad', en: 'Refund recorded' },
  report: { sv: 'Rapport registrerad', en: 'Report recorded' },
  reporting_item: { sv: 'Rapporteringstillfälle registrerat', en: 'Reporting date recorded' },
  state_allocation: { sv: 'Statlig tilldelning registrerad', en: 'State allocation recorded' },
  state_decision: { sv: 'Statligt beslut registrerat', en: 'State decision recorded' },
  strategy: { sv: 'Strategi registrerad', en: 'Strategy recorded' },
  user: { sv: 'Användare registrerad', en: 'User recorded' },
} as const satisfies Record<string, Localized>;

export type CreatedEntityKind = keyof typeof CREATED_ENTITIES;

const NAMED_ACTIONS = {
  'activity_plan.approved_by_decision': {
    sv: 'Aktivitetsplan fastställd genom beslut',
    en: 'Activity plan approved by a decision',
  },
  'activity_plan.revised': { sv: 'Aktivitetsplan reviderad', en: 'Activity plan revised' },
  'amendment_request.draft_created': {
    sv: 'Utkast till ändringsansökan skapat',
    en: 'Amendment request draft created',
  },
  'amendment_request.draft_saved': { sv: 'Utkast till ändringsansökan sparat', en: 'Amendment request draft saved' },
  'amendment_request.submitted': { sv: 'Ändringsansökan inskickad', en: 'Amendment request submitted' },
  'application.completion_received': { sv: 'Komplettering inkommen', en: 'Completion received' },
  'application.completion_requested': { sv: 'Begäran om komplettering', en: 'Request for completion' },
  'application.draft_created': { sv: 'Utkast skapat', en: 'Draft created' },
  'application.draft_saved': { sv: 'Utkast sparat', en: 'Draft saved' },
  'application.submitted': { sv: 'Ansökan inskickad och registrerad', en: 'Application submitted and registered' },
  'appropriation.updated': { sv: 'Anslag ändrat', en: 'Appropriation changed' },
  'assessment.updated': { sv: 'Bedömning ändrad', en: 'Assessment changed' },
  'assessment_aspect.updated': { sv: 'Bedömningsgrund ändrad', en: 'Assessment aspect changed' },
  'attachment.added': { sv: 'Bilaga tillagd', en: 'Attachment added' },
  'attachment.removed': { sv: 'Bilaga borttagen', en: 'Attachment removed' },
  'auth.external_identity_linked': {
    sv: 'Inloggning via organisationen kopplad',
    en: 'Sign-in through the organisation linked',
  },
  'auth.login_failed': { sv: 'Misslyckad inloggning', en: 'Failed sign-in' },
  'auth.login_refused_unverified': {
    sv: 'Inloggning nekad: e-postadressen är inte bekräftad',
    en: 'Sign-in refused: e-mail address not verified',
  },
  'auth.login_succeeded': { sv: 'Inloggning', en: 'Signed in' },
  'auth.logout': { sv: 'Utloggning', en: 'Signed out' },
  'auth.password_reset_refused': { sv: 'Återställning av lösenord nekad', en: 'Password reset refused' },
  'backup.restored': { sv: 'Säkerhetskopia återläst', en: 'Backup restored' },
  'bench.portfolio_loaded': { sv: 'Testportfölj inläst för prestandamätning', en: 'Benchmark portfolio loaded' },
  'budget.revised': { sv: 'Budget reviderad', en: 'Budget revised' },
  'call.published': { sv: 'Utlysning publicerad', en: 'Call published' },
  'call.updated': { sv: 'Utlysning ändrad', en: 'Call changed' },
  'case.officer_assigned': { sv: 'Handläggare utsedd', en: 'Case officer assigned' },
  'case.status_changed': { sv: 'Status ändrad', en: 'Status changed' },
  'case.withdrawn': { sv: 'Ärendet återkallat', en: 'Case withdrawn' },
  'case_document.file_attached': { sv: 'Fil kopplad till handling', en: 'File attached to a document' },
  'case_document.registered': { sv: 'Handling registrerad', en: 'Document registered' },
  'case_message.completion_answered': {
    sv: 'Svar på begäran om komplettering',
    en: 'Answer to the request for completion',
  },
  'case_message.posted': { sv: 'Meddelande', en: 'Message' },
  'decision.approved': { sv: 'Beslut fattat', en: 'Decision made' },
  'decision.drafted': { sv: 'Beslutsutkast skapat', en: 'Decision drafted' },
  'decision.proposed': { sv: 'Beslutsförslag lagt', en: 'Decision proposed' },
  'decision.queued_for_delegation_report': { sv: 'Anmäls till nämnden', en: 'To be reported to the committee' },
  'decision.returned_to_assessment': { sv: 'Återfört till bedömning', en: 'Returned for assessment' },
  'decision.updated': { sv: 'Beslutsutkast ändrat', en: 'Decision draft changed' },
  'document.linked': { sv: 'Handling kopplad till ärendet', en: 'Document linked to the case' },
  'document.stored': { sv: 'Handling lagrad', en: 'Document stored' },
  'email.failed': { sv: 'E-post kunde inte skickas', en: 'E-mail could not be sent' },
  'email.queued': { sv: 'E-post köad', en: 'E-mail queued' },
  'email.requeued': { sv: 'E-post köad igen', en: 'E-mail queued again' },
  'email.retry_requested': { sv: 'Nytt försök att skicka e-post begärt', en: 'E-mail retry requested' },
  'email.sent': { sv: 'E-post skickad', en: 'E-mail sent' },
  'funder.settings_changed': { sv: 'Finansiärens inställningar ändrade', en: 'Funder settings changed' },
  'import_run.completed': { sv: 'Import klar', en: 'Import completed' },
  'import_run.failed': { sv: 'Import misslyckad', en: 'Import failed' },
  'import_run.started': { sv: 'Import påbörjad', en: 'Import started' },
  'imported_source.created': { sv: 'Källdokument importerat', en: 'Source document imported' },
  'imported_source.retried': { sv: 'Källdokument importerat på nytt', en: 'Source document imported again' },
  'meeting.held': { sv: 'Sammanträde hållet', en: 'Meeting held' },
  'meeting.minutes_recorded': { sv: 'Protokoll fört', en: 'Minutes recorded' },
  'meeting.planned': { sv: 'Sammanträde planerat', en: 'Meeting planned' },
  'organization.claimed': { sv: 'Organisation tagen i anspråk', en: 'Organisation claimed' },
  'organization.join_request_accepted': { sv: 'Ansökan om anslutning godtagen', en: 'Request to join accepted' },
  'organization.join_request_refused': { sv: 'Ansökan om anslutning avslagen', en: 'Request to join refused' },
  'organization.join_request_withdrawn': { sv: 'Ansökan om anslutning återkallad', en: 'Request to join withdrawn' },
  'organization.join_requested': { sv: 'Ansökan om anslutning', en: 'Request to join' },
  'organization.member_removed': { sv: 'Medlem borttagen', en: 'Member removed' },
  'organization.member_roles_changed': { sv: 'Medlems roller ändrade', en: "Member's roles changed" },
  'organization.registered': { sv: 'Organisation registrerad', en: 'Organisation registered' },
  'organization.updated': { sv: 'Organisation ändrad', en: 'Organisation changed' },
  'payment.recorded': { sv: 'Utbetalning bokförd', en: 'Payment recorded' },
  'payment_request.approved': { sv: 'Begäran om utbetalning godkänd', en: 'Payment request approved' },
  'payment_request.paid': { sv: 'Utbetald', en: 'Paid' },
  'payment_request.rejected': { sv: 'Begäran om utbetalning avslagen', en: 'Payment request rejected' },
  'payment_request.returned': {
    sv: 'Begäran om utbetalning återförd för komplettering',
    en: 'Payment request returned for completion',
  },
  'payment_request.submitted': { sv: 'Begäran om utbetalning inskickad', en: 'Payment request submitted' },
  'payment_request.updated': { sv: 'Begäran om utbetalning ändrad', en: 'Payment request changed' },
  'press_release.draft_saved': { sv: 'Utkast till pressmeddelande sparat', en: 'Press release draft saved' },
  'press_release.published': { sv: 'Pressmeddelande publicerat', en: 'Press release published' },
  'programme.updated': { sv: 'Program ändrat', en: 'Programme changed' },
  'project.activated': { sv: 'Projektet startat', en: 'Project started' },
  'project.closed': { sv: 'Projektet avslutat', en: 'Project closed' },
  'project.municipalities_set': { sv: 'Projektets kommuner angivna', en: "Project's municipalities set" },
  'project.terms_in_force_updated': { sv: 'Villkor i kraft uppdaterade', en: 'Terms in force updated' },
  'project.updated': { sv: 'Projekt ändrat', en: 'Project changed' },
  'recovery.decided': { sv: 'Återkrav beslutat', en: 'Recovery decided' },
  'recovery.received': { sv: 'Återbetalning mottagen', en: 'Repayment received' },
  'report.approved': { sv: 'Rapport godkänd', en: 'Report approved' },
  'report.submitted': { sv: 'Rapport inskickad', en: 'Report submitted' },
  'report.updated': { sv: 'Rapport ändrad', en: 'Report changed' },
  'reporting_item.reopened': { sv: 'Rapporteringstillfälle öppnat igen', en: 'Reporting date reopened' },
  'reporting_item.submitted': {
    sv: 'Rapport lämnad för rapporteringstillfället',
    en: 'Report submitted for the reporting date',
  },
  'reporting_plan.replaced': { sv: 'Rapporteringsplan ändrad', en: 'Reporting plan changed' },
  'state_allocation.updated': { sv: 'Statlig tilldelning ändrad', en: 'State allocation changed' },
  'strategy.updated': { sv: 'Strategi ändrad', en: 'Strategy changed' },
  'user.contact_changed': { sv: 'Titel och telefon ändrade', en: 'Title and telephone changed' },
  'user.disabled': { sv: 'Konto avstängt', en: 'Account disabled' },
  'user.email_verified': { sv: 'E-postadress bekräftad', en: 'E-mail address verified' },
  'user.enabled': { sv: 'Konto aktiverat', en: 'Account enabled' },
  'user.invitation_accepted': { sv: 'Inbjudan antagen', en: 'Invitation accepted' },
  'user.invitation_resent': { sv: 'Inbjudan skickad igen', en: 'Invitation sent again' },
  'user.password_reset': { sv: 'Lösenord bytt via länk', en: 'Password reset through a link' },
  'user.password_reset_requested': { sv: 'Länk för nytt lösenord begärd', en: 'Password reset link requested' },
  'user.role_granted': { sv: 'Roll tilldelad', en: 'Role granted' },
  'user.roles_changed': { sv: 'Roller ändrade', en: 'Roles changed' },
} as const satisfies Record<string, Localized>;

/** Every action the audit trail records: the named ones and "<entity>.created". */
export type AuditAction = keyof typeof NAMED_ACTIONS | `${CreatedEntityKind}.created`;

const isCreatedEntity = (name: string): name is CreatedEntityKind => Object.hasOwn(CREATED_ENTITIES, name);

/** The label of an action in the audit trail, or null for a code that is not one (old data, a typo). */
export function auditActionLabel(action: string): Localized | null {
  if (Object.hasOwn(NAMED_ACTIONS, action)) return NAMED_ACTIONS[action as keyof typeof NAMED_ACTIONS];
  const created = /^([a-z_]+)\.created$/.exec(action)?.[1];
  if (created !== undefined && isCreatedEntity(created)) {
    return CREATED_ENTITIES[created];
  }
  return null;
}

/** Every action with a label of its own (the test of the catalogue reads this). */
export const NAMED_AUDIT_ACTIONS = Object.keys(NAMED_ACTIONS) as (keyof typeof NAMED_ACTIONS)[];
