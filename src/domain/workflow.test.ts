import { describe, expect, it } from 'vitest';
import {
  allowedEvents,
  CASE_EVENTS,
  CASE_KINDS,
  CASE_STATUSES,
  caseStatusLabel,
  isTerminal,
  transition,
  WORKFLOW,
} from './index.js';

describe('the case workflow', () => {
  it.each([
    ['application', 'draft', 'submit', 'submitted'],
    ['application', 'submitted', 'start_assessment', 'in_assessment'],
    ['application', 'in_assessment', 'propose_decision', 'decision_proposed'],
    ['application', 'decision_proposed', 'return_to_assessment', 'in_assessment'],
    ['application', 'decision_proposed', 'approve', 'active'],
    ['application', 'decision_proposed', 'reject', 'rejected'],
    ['application', 'active', 'close', 'closed'],
    ['application', 'submitted', 'withdraw', 'withdrawn'],
    ['amendment_request', 'decision_proposed', 'approve', 'decided'],
    ['payment_request', 'decision_proposed', 'approve', 'decided'],
    ['closure', 'decision_proposed', 'approve', 'closed'],
    ['commission', 'draft', 'approve', 'active'],
    ['commission', 'active', 'withdraw', 'withdrawn'],
  ] as const)('a %s case in %s moves on %s to %s', (kind, status, event, next) => {
    const r = transition(kind, status, event);
    expect(r.ok && r.value).toBe(next);
  });

  // Every pair not in the table is refused: the table is the whole truth.
  const all = CASE_KINDS.flatMap((k) => CASE_STATUSES.flatMap((s) => CASE_EVENTS.map((e) => [k, s, e] as const)));
  it.each(all)('%s / %s / %s is allowed exactly when the table says so', (kind, status, event) => {
    const r = transition(kind, status, event);
    const inTable = WORKFLOW[kind][status]?.[event];
    expect(r.ok).toBe(inTable !== undefined);
    if (!r.ok) {
      expect(r.error.code).toBe('workflow.transition_not_allowed');
      expect(r.error.message.en).toContain(event);
    }
  });

  it('cannot decide a draft without assessment, nor reopen a closed case', () => {
    expect(transition('application', 'draft', 'approve').ok).toBe(false);
    expect(transition('application', 'closed', 'submit').ok).toBe(false);
  });

  it('lists what may happen next and knows the end states', () => {
    expect(allowedEvents('application', 'decision_proposed').sort()).toEqual([
      'approve',
      'reject',
      'return_to_assessment',
    ]);
    expect(isTerminal('application', 'closed')).toBe(true);
    expect(isTerminal('application', 'rejected')).toBe(true);
    expect(isTerminal('application', 'active')).toBe(false);
  });

  it('has a Swedish label for every status', () => {
    for (const s of CASE_STATUSES) expect(caseStatusLabel(s)).toMatch(/^[a-zåäö ]+$/);
  });
});
