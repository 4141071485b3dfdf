/**
 * The operationId of every operation in the OpenAPI document (docs/domain/public-contracts.md, "The OpenAPI
 * document"), keyed by "METHOD /path" as Fastify registers the route. The ids are part of the contract: the
 * typed web client and anyone generating code from the document name calls by them, so an id does not change
 * when a route's code moves. A route missing here fails app start (src/server/http/openapi.ts); hidden routes
 * (`schema.hide`) need no entry.
 */
export const OPERATION_IDS: Readonly<Record<string, string>> = {
  // Sign-in, session and accounts
  'POST /api/v1/auth/login': 'logIn',
  'POST /api/v1/auth/logout': 'logOut',
  'GET /api/v1/auth/me': 'getSession',
  'GET /api/v1/auth/oidc': 'getOidcOptions',
  'GET /api/v1/auth/oidc/start': 'startOidcLogin',
  'GET /api/v1/auth/oidc/callback': 'completeOidcLogin',
  'POST /api/v1/auth/invitations/inspect': 'inspectInvitation',
  'POST /api/v1/auth/invitations/accept': 'acceptInvitation',
  'POST /api/v1/auth/password-reset': 'requestPasswordReset',
  'POST /api/v1/auth/password-reset/complete': 'completePasswordReset',
  'POST /api/v1/auth/signup': 'signUp',
  'POST /api/v1/auth/verify-email': 'verifyEmail',
  'POST /api/v1/auth/verify-email/resend': 'resendVerificationEmail',

  // Operations
  'GET /healthz': 'getHealth',

  // Open data
  'GET /api/v1/public/projects': 'listPublicProjects',
  'GET /api/v1/public/projects/:id': 'getPublicProject',
  'GET /api/v1/public/project-filters': 'getPublicProjectFilters',
  'GET /api/v1/public/export/360giving.json': 'exportThreeSixtyGivingJson',
  'GET /api/v1/public/export/360giving.csv': 'exportThreeSixtyGivingCsv',
  'GET /api/v1/public/export/eu-art49.csv': 'exportEuArticle49Csv',
  'GET /api/v1/public/export/projects.csv': 'exportPublicProjectsCsv',
  'GET /api/v1/public/press-releases': 'listPublicPressReleases',
  'GET /api/v1/public/press-releases/:id': 'getPublicPressRelease',
  'GET /api/v1/public/press-releases/:id/pdf': 'getPublicPressReleasePdf',
  'GET /api/v1/public/calls': 'listPublicCalls',
  'GET /api/v1/public/calls/:callId': 'getPublicCall',

  // Applications and cases
  'GET /api/v1/funders': 'listFunders',
  'POST /api/v1/funders': 'createFunder',
  'GET /api/v1/my/cases': 'listMyCases',
  'POST /api/v1/applications': 'createApplication',
  'GET /api/v1/applications/:caseId': 'getApplication',
  'PUT /api/v1/applications/:caseId': 'saveApplication',
  'POST /api/v1/applications/:caseId/submit': 'submitApplication',
  'GET /api/v1/cases/:caseId/timeline': 'getCaseTimeline',
  'GET /api/v1/cases/:caseId/documents': 'listCaseDocuments',
  'GET /api/v1/inbox': 'listInbox',
  'GET /api/v1/cases/:caseId/emails': 'listCaseEmails',
  'POST /api/v1/cases/:caseId/emails/:emailId/retry': 'retryCaseEmail',
  'GET /api/v1/cases/:caseId/workspace': 'getCaseWorkspace',
  'PUT /api/v1/cases/:caseId/officer': 'assignCaseOfficer',

  // Assessment and decisions
  'GET /api/v1/cases/:caseId/assessment': 'getAssessment',
  'PUT /api/v1/cases/:caseId/assessment': 'saveAssessment',
  'POST /api/v1/cases/:caseId/decisions': 'createDecision',
  'GET /api/v1/decisions/:id': 'getDecision',
  'PUT /api/v1/decisions/:id': 'saveDecision',
  'GET /api/v1/decisions/:id/checks': 'getDecisionChecks',
  'GET /api/v1/decisions/:id/authority': 'getDecisionAuthority',
  'POST /api/v1/decisions/:id/propose': 'proposeDecision',
  'POST /api/v1/decisions/:id/return': 'returnDecision',
  'POST /api/v1/decisions/:id/approve': 'approveDecision',
  'GET /api/v1/decisions/:id/letter-preview.pdf': 'getDecisionLetterPreviewPdf',
  'GET /api/v1/decisions/:id/letter.pdf': 'getDecisionLetterPdf',

  // Amendments and versions
  'GET /api/v1/my/projects': 'listMyProjects',
  'POST /api/v1/projects/:projectId/amendment-requests': 'createAmendmentRequest',
  'GET /api/v1/amendment-requests/:caseId': 'getAmendmentRequest',
  'PUT /api/v1/amendment-requests/:caseId': 'saveAmendmentRequest',
  'POST /api/v1/amendment-requests/:caseId/submit': 'submitAmendmentRequest',
  'POST /api/v1/amendment-requests/:caseId/decision': 'createAmendmentDecision',
  'GET /api/v1/amendment-decisions/:id': 'getAmendmentDecision',
  'PUT /api/v1/amendment-decisions/:id': 'saveAmendmentDecision',
  'GET /api/v1/cases/:caseId/project': 'getCaseProject',
  'GET /api/v1/projects/:projectId/versions': 'listProjectVersions',
  'GET /api/v1/projects/:projectId/activity-plan/diff': 'getActivityPlanDiff',

  // Legacy-document import
  'POST /api/v1/imports/extract': 'extractImport',
  'POST /api/v1/imports': 'createImport',

  // Payments
  'GET /api/v1/payment-requests': 'listPaymentRequests',
  'GET /api/v1/my/payment-projects': 'listMyPaymentProjects',
  'GET /api/v1/projects/:projectId/payments': 'getProjectPayments',
  'POST /api/v1/projects/:projectId/payment-requests': 'createPaymentRequest',
  'GET /api/v1/payment-requests/:id': 'getPaymentRequest',
  'PUT /api/v1/payment-requests/:id': 'savePaymentRequest',
  'POST /api/v1/payment-requests/:id/submit': 'submitPaymentRequest',
  'POST /api/v1/payment-requests/:id/approve': 'approvePaymentRequest',
  'POST /api/v1/payment-requests/:id/return': 'returnPaymentRequest',
  'POST /api/v1/payment-requests/:id/reject': 'rejectPaymentRequest',
  'POST /api/v1/payment-requests/:id/payment': 'recordPayment',
  'GET /api/v1/cases/:caseId/payment-links': 'getCasePaymentLinks',

  // Reporting and closure
  'GET /api/v1/projects/:projectId/reporting-plan': 'getReportingPlan',
  'PUT /api/v1/projects/:projectId/reporting-plan': 'replaceReportingPlan',
  'GET /api/v1/projects/:projectId/closure': 'getProjectClosure',
  'POST /api/v1/projects/:projectId/reports': 'createReport',
  'GET /api/v1/reports/:id': 'getReport',
  'PUT /api/v1/reports/:id': 'saveReport',
  'POST /api/v1/reports/:id/submit': 'submitReport',
  'POST /api/v1/reports/:id/approve': 'approveReport',
  'POST /api/v1/projects/:projectId/close': 'closeProject',
  'POST /api/v1/projects/:projectId/recoveries': 'createRecovery',
  'POST /api/v1/recoveries/:id/received': 'recordRecoveryReceived',
  'POST /api/v1/cases/:caseId/withdraw': 'withdrawCase',

  // Portfolio
  'GET /api/v1/portfolio': 'getPortfolio',
  'GET /api/v1/portfolio/priorities.csv': 'exportPortfolioPrioritiesCsv',
  'GET /api/v1/portfolio/years.csv': 'exportPortfolioYearsCsv',
  'GET /api/v1/portfolio/municipalities.csv': 'exportPortfolioMunicipalitiesCsv',
  'GET /api/v1/portfolio/owner-types.csv': 'exportPortfolioOwnerTypesCsv',
  'GET /api/v1/portfolio/appropriations.csv': 'exportPortfolioAppropriationsCsv',
  'GET /api/v1/projects/:projectId/gantt': 'getProjectGantt',

  // State allocations
  'GET /api/v1/state-decisions': 'listStateDecisions',
  'GET /api/v1/state-decisions/:id': 'getStateDecision',
  'GET /api/v1/state-allocations/deadlines': 'listStateAllocationDeadlines',
  'GET /api/v1/state-allocations/:id': 'getStateAllocation',
  'PATCH /api/v1/state-allocations/:id': 'updateStateAllocation',

  // Meetings, minutes and press releases
  'GET /api/v1/meetings': 'listMeetings',
  'POST /api/v1/meetings': 'createMeeting',
  'GET /api/v1/meetings/:id': 'getMeeting',
  'POST /api/v1/meetings/:id/hold': 'holdMeeting',
  'PUT /api/v1/meetings/:id/minutes': 'recordMinutes',
  'GET /api/v1/decisions/:id/minutes-extract.pdf': 'getDecisionMinutesExtractPdf',
  'GET /api/v1/meetings/:id/delegation-report/minutes-extract.pdf': 'getDelegationReportMinutesExtractPdf',
  'GET /api/v1/meetings/:id/press-release': 'getPressRelease',
  'PUT /api/v1/meetings/:id/press-release': 'savePressRelease',
  'POST /api/v1/meetings/:id/press-release/publish': 'publishPressRelease',
  'GET /api/v1/meetings/:id/press-release.pdf': 'getPressReleasePdf',

  // Users and roles
  'GET /api/v1/funders/:funderId/users': 'listFunderUsers',
  'POST /api/v1/funders/:funderId/users': 'addFunderUser',
  'POST /api/v1/funders/:funderId/users/:userId/invitation': 'resendUserInvitation',
  'PUT /api/v1/funders/:funderId/users/:userId/roles': 'changeUserRoles',
  'PUT /api/v1/funders/:funderId/users/:userId/contact': 'changeUserContact',
  'POST /api/v1/funders/:funderId/users/:userId/disable': 'disableUser',
  'POST /api/v1/funders/:funderId/users/:userId/enable': 'enableUser',

  // Organisations
  'GET /api/v1/organizations/lookup': 'lookUpOrganization',
  'POST /api/v1/organizations': 'registerOrganization',
  'POST /api/v1/organizations/:organizationId/join-requests': 'createJoinRequest',
  'GET /api/v1/organizations/:organizationId/join-requests': 'listJoinRequests',
  'GET /api/v1/my/organization': 'getMyOrganization',
  'POST /api/v1/my/join-request/withdraw': 'withdrawMyJoinRequest',
  'POST /api/v1/organizations/:organizationId/join-requests/:requestId/accept': 'acceptJoinRequest',
  'POST /api/v1/organizations/:organizationId/join-requests/:requestId/refuse': 'refuseJoinRequest',
  'GET /api/v1/organizations/:organizationId/members': 'listOrganizationMembers',
  'POST /api/v1/organizations/:organizationId/invitations': 'inviteOrganizationMember',
  'PATCH /api/v1/organizations/:organizationId/members/:userId': 'updateOrganizationMember',
  'POST /api/v1/organizations/:organizationId/members/:userId/remove': 'removeOrganizationMember',
  'POST /api/v1/funders/:funderId/applicant-administrators': 'inviteApplicantAdministrator',

  // Funder settings
  'GET /api/v1/my/funders': 'listMyFunders',
  'GET /api/v1/funders/:funderId/settings': 'getFunderSettings',
  'PUT /api/v1/funders/:funderId/settings': 'saveFunderSettings',
  'GET /api/v1/funders/:funderId/settings/versions': 'listFunderSettingsVersions',
  'GET /api/v1/funders/:funderId/strategies': 'listStrategies',
  'POST /api/v1/funders/:funderId/strategies': 'createStrategy',
  'PUT /api/v1/funders/:funderId/strategies/:strategyId': 'saveStrategy',
  'GET /api/v1/funders/:funderId/aspects': 'listAspects',
  'POST /api/v1/funders/:funderId/aspects': 'createAspect',
  'PUT /api/v1/funders/:funderId/aspects/:aspectId': 'saveAspect',
  'GET /api/v1/funders/:funderId/programmes': 'listProgrammes',
  'POST /api/v1/funders/:funderId/programmes': 'createProgramme',
  'PUT /api/v1/funders/:funderId/programmes/:programmeId': 'saveProgramme',
  'GET /api/v1/funders/:funderId/appropriations': 'listAppropriations',
  'POST /api/v1/funders/:funderId/appropriations': 'createAppropriation',
  'PUT /api/v1/funders/:funderId/appropriations/:appropriationId': 'saveAppropriation',
  'GET /api/v1/funders/:funderId/delegation-orders': 'listDelegationOrders',
  'POST /api/v1/funders/:funderId/delegation-orders': 'createDelegationOrder',
  'GET /api/v1/funders/:funderId/delegation-orders/:orderId': 'getDelegationOrder',

  // Calls for proposals
  'GET /api/v1/funders/:funderId/calls': 'listFunderCalls',
  'POST /api/v1/funders/:funderId/calls': 'createCall',
  'GET /api/v1/funders/:funderId/call-options': 'getCallOptions',
  'GET /api/v1/calls/:callId': 'getCall',
  'PUT /api/v1/calls/:callId': 'saveCall',
  'POST /api/v1/calls/:callId/publish': 'publishCall',
  'GET /api/v1/calls/:callId/application-check': 'getCallApplicationCheck',
  'GET /api/v1/my/calls': 'listMyCalls',

  // Attachments and messages
  'POST /api/v1/cases/:caseId/attachments': 'uploadCaseAttachment',
  'GET /api/v1/cases/:caseId/attachments': 'listCaseAttachments',
  'GET /api/v1/payment-requests/:id/attachments': 'listPaymentRequestAttachments',
  'GET /api/v1/reports/:id/attachments': 'listReportAttachments',
  'GET /api/v1/attachments/:attachmentId': 'getAttachment',
  'DELETE /api/v1/attachments/:attachmentId': 'deleteAttachment',
  'GET /api/v1/cases/:caseId/messages': 'listCaseMessages',
  'POST /api/v1/cases/:caseId/messages': 'postCaseMessage',
  'POST /api/v1/cases/:caseId/completion-requests': 'requestCompletion',
  'GET /api/v1/my/completion-requests': 'listMyCompletionRequests',
};

/** The key of a route in OPERATION_IDS: `GET /api/v1/decisions/:id`. */
export const operationKey = (method: string, url: string): string => `${method.toUpperCase()} ${url}`;
