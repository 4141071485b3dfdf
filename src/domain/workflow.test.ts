import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  CLOSED_PROJECT_STATUSES,
  isProjectOpen,
  OPEN_PROJECT_STATUSES,
  PROJECT_STATUSES,
  CASE_EVENT_LABELS,
  CASE_EVENTS,
  CASE_KIND_LABELS,
  CASE_KINDS,
  CASE_STATUS_LABELS,
  CASE_STATUSES,
  caseStatusLabel,
  isTerminal,
  transition,
  unwrap,
  WORKFLOW,
  type CaseStatus,
} from './index.js';

describe('the case workflow', () => {
  it.each([
    ['application', 'draft', 'submit', 'submitted'],
    ['application', 'submitted', 'start_assessment', 'in_assessment'],
    ['application', 'in_assessment', 'propose_decision', 'decision_proposed'],
    ['application', 'decision_proposed', 'return_to_assessment', 'in_assessment'],
    ['application', 'decision_proposed', 'approve_grant', 'active'],
    ['application', 'decision_proposed', 'approve_rejection', 'rejected'],
    ['application', 'active', 'close', 'closed'],
    ['application', 'draft', 'withdraw', 'withdrawn'],
    ['application', 'submitted', 'withdraw', 'withdrawn'],
    ['application', 'decision_proposed', 'withdraw', 'withdrawn'],
    ['amendment_request', 'decision_proposed', 'approve_grant', 'decided'],
    ['amendment_request', 'decision_proposed', 'approve_rejection', 'rejected'],
    ['payment_request', 'decision_proposed', 'approve_grant', 'decided'],
    ['payment_request', 'in_assessment', 'propose_decision', 'decision_proposed'],
    ['payment_request', 'decision_proposed', 'approve_rejection', 'rejected'], // the officer rejects the request
    ['payment_request', 'submitted', 'return_for_completion', 'draft'], // sent back for completion (komplettering)
    ['payment_request', 'in_assessment', 'return_for_completion', 'draft'],
    ['payment_request', 'draft', 'submit', 'submitted'], // … and submitted again, the same case
    ['application', 'submitted', 'return_for_completion', 'draft'], // the officer asks for completion
    ['application', 'in_assessment', 'return_for_completion', 'draft'],
    ['closure', 'decision_proposed', 'approve_grant', 'closed'],
    ['commission', 'draft', 'approve_grant', 'active'],
    ['commission', 'active', 'close', 'closed'],
    ['commission', 'active', 'withdraw', 'withdrawn'], // seed 002: the commission is taken back
  ] as const)('a %s case in %s moves on %s to %s', (kind, status, event, next) => {
    expect(transition(kind, status, event)).toEqual({ ok: true, value: next });
  });

  it.each([
    ['application', 'draft', 'approve_grant'], // nothing is decided without assessment
    ['application', 'submitted', 'propose_decision'],
    ['application', 'closed', 'submit'], // no reopening: a new case instead
    ['application', 'rejected', 'start_assessment'],
    ['application', 'active', 'withdraw'], // a running grant ends by a closure decision
    ['payment_request', 'decided', 'close'],
    ['payment_request', 'decided', 'return_for_completion'], // a decided request is final
    ['payment_request', 'rejected', 'return_for_completion'],
    ['payment_request', 'rejected', 'submit'],
    ['payment_request', 'decision_proposed', 'return_for_completion'], // the proposal goes back to assessment instead
    ['application', 'decision_proposed', 'return_for_completion'], // a proposal goes back to assessment instead
    ['application', 'active', 'return_for_completion'], // a granted application is amended, not completed
    ['commission', 'draft', 'submit'],
    ['commission', 'withdrawn', 'close'],
  ] as const)('refuses a %s case in %s the event %s', (kind, status, event) => {
    expect(transition(kind, status, event).ok).toBe(false);
  });

  // Every triple not in the table is refused: the table is the whole truth.
  const all = CASE_KINDS.flatMap((k) => CASE_STATUSES.flatMap((s) => CASE_EVENTS.map((e) => [k, s, e] as const)));
  it.each(all)('%s / %s / %s is allowed exactly when the table says so', (kind, status, event) => {
    const r = transition(kind, status, event);
    const inTable = WORKFLOW[kind][status]?.[event];
    if (inTable !== undefined) {
      expect(r).toEqual({ ok: true, value: inTable });
    } else {
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('workflow.transition_not_allowed');
        expect(r.error.details).toMatchObject({ kind, status, event });
        expect(r.error.message.sv).toContain(CASE_EVENT_LABELS[event].sv);
        expect(r.error.message.sv).toContain(CASE_STATUS_LABELS[status].sv);
        expect(r.error.message.en).toContain(CASE_KIND_LABELS[kind].en);
      }
    }
  });

  it('explains a refusal in plain words', () => {
    const r = transition('application', 'closed', 'submit');
    expect(r.ok ? null : r.error.message).toEqual({
      sv: 'Ett ärende av typen ansökan med status avslutad tillåter inte händelsen skicka in.',
      en: 'A case of kind application in status closed does not allow the event submit.',
    });
  });

  it.each(CASE_KINDS)('reaches an end from the draft of a %s case, and every status it names is reachable', (kind) => {
    const reachable = new Set<CaseStatus>(['draft']);
    for (let grew = true; grew;) {
      grew = false;
      for (const s of [...reachable])
        for (const e of allowedEvents(kind, s)) {
          const next = unwrap(transition(kind, s, e));
          if (!reachable.has(next)) {
            reachable.add(next);
            grew = true;
          }
        }
    }
    const named = new Set<CaseStatus>(
      Object.entries(WORKFLOW[kind]).flatMap(([from, events]) => [from as CaseStatus, ...Object.values(events ?? {})]),
    );
    expect([...named].filter((s) => !reachable.has(s))).toEqual([]);
    expect([...reachable].some((s) => isTerminal(kind, s))).toBe(true);
  });

  it.each([
    ['application', 'decision_proposed', ['return_to_assessment', 'approve_grant', 'approve_rejection', 'withdraw']],
    ['application', 'draft', ['submit', 'withdraw']],
    ['application', 'active', ['close']],
    ['application', 'closed', []],
    ['commission', 'active', ['withdraw', 'close']],
    ['payment_request', 'decided', []],
    ['payment_request', 'rejected', []],
    ['payment_request', 'submitted', ['start_assessment', 'return_for_completion', 'withdraw']],
    ['payment_request', 'draft', ['submit', 'withdraw']],
  ] as const)('lists what a %s case in %s may do next', (kind, status, events) => {
    expect(allowedEvents(kind, status)).toEqual(events);
  });

  it.each([
    ['application', 'closed', true],
    ['application', 'rejected', true],
    ['application', 'withdrawn', true],
    ['application', 'active', false],
    ['application', 'decided', true], // not used by applications
    ['amendment_request', 'decided', true],
    ['payment_request', 'rejected', true],
    ['payment_request', 'draft', false], // returned for completion: the party submits again
    ['commission', 'active', false],
  ] as const)('a %s case in %s is final: %s', (kind, status, terminal) => {
    expect(isTerminal(kind, status)).toBe(terminal);
  });

  it('has Swedish and English labels for every kind, status and event', () => {
    for (const s of CASE_STATUSES) expect(caseStatusLabel(s)).toMatch(/^[a-zåäö ]+$/);
    for (const labels of [CASE_KIND_LABELS, CASE_STATUS_LABELS, CASE_EVENT_LABELS])
      for (const { sv, en } of Object.values(labels)) {
        expect(sv.length).toBeGreaterThan(0);
        expect(en.length).toBeGreaterThan(0);
      }
    expect(Object.keys(CASE_EVENT_LABELS)).toEqual([...CASE_EVENTS]);
  });
});

describe('isProjectOpen', () => {
  it.each([
    ['planned', true],
    ['active', true],
    ['closed', false],
    ['withdrawn', false],
  ] as const)('a %s project is open: %s', (status, open) => {
    expect(isProjectOpen(status)).toBe(open);
  });

  it('splits every project state into open or closed, once', () => {
    expect([...OPEN_PROJECT_STATUSES, ...CLOSED_PROJECT_STATUSES].sort()).toEqual([...PROJECT_STATUSES].sort());
  });
});
