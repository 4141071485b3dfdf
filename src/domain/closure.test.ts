import { describe, expect, it } from 'vitest';
import { checkClosure, checkRecovery } from './closure.js';
import { kronor } from './money.js';

const base = {
  status: 'active' as const,
  finalReportApproved: true,
  finalPaymentRecorded: true,
  granted: kronor(1_000_000),
  paid: kronor(820_000),
};

describe('checkClosure', () => {
  it('closes when the final report is approved and the final payment recorded, releasing granted minus paid', () => {
    expect(checkClosure(base)).toEqual({ issues: [], released: kronor(180_000) });
  });

  it('refuses before the final report is approved', () => {
    const r = checkClosure({ ...base, finalReportApproved: false });
    expect(r.issues.map((i) => i.code)).toEqual(['closure.final_report_not_approved']);
    expect(r.issues[0]!.message.sv).toContain('Slutrapporten');
  });

  it('needs a reason to close without a final payment, and a blank reason is none', () => {
    expect(checkClosure({ ...base, finalPaymentRecorded: false }).issues.map((i) => i.code)).toEqual([
      'closure.final_payment_missing',
    ]);
    expect(checkClosure({ ...base, finalPaymentRecorded: false, withoutFinalPaymentReason: '  ' }).issues).toHaveLength(
      1,
    );
    expect(
      checkClosure({ ...base, finalPaymentRecorded: false, withoutFinalPaymentReason: 'Avbrutet' }).issues,
    ).toEqual([]);
  });

  it('refuses a project already closed and never releases a negative amount', () => {
    const r = checkClosure({ ...base, status: 'closed', paid: kronor(1_200_000) });
    expect(r.issues.map((i) => i.code)).toEqual(['closure.already_closed']);
    expect(r.released).toBe(0);
  });
});

describe('checkRecovery', () => {
  const paid = kronor(500_000);
  it('allows up to what is paid and not already claimed', () => {
    expect(checkRecovery({ amount: kronor(300_000), paid, alreadyClaimed: kronor(200_000), reason: 'Fel' })).toEqual(
      [],
    );
  });
  it('refuses more than paid, naming the amounts', () => {
    const [issue] = checkRecovery({ amount: kronor(300_001), paid, alreadyClaimed: kronor(200_000), reason: 'Fel' });
    expect(issue!.code).toBe('recovery.exceeds_paid');
    expect(issue!.details.claimableOre).toBe(kronor(300_000));
    expect(issue!.message.sv.replace(/\s/g, ' ')).toContain('300 000 kr');
  });
  it('refuses a zero amount and a missing reason', () => {
    expect(
      checkRecovery({ amount: kronor(0), paid, alreadyClaimed: kronor(0), reason: '' }).map((i) => i.code),
    ).toEqual(['recovery.not_positive', 'recovery.reason_missing']);
  });
});
