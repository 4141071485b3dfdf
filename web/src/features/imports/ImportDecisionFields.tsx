import { TextField } from '../../components/fields.js';
import type { Extraction } from './import-api.js';
import { nullable } from './import-review.js';
import { useImportTexts } from './texts.js';

/** The decision a legacy document records, as read out, for the officer to correct. */
export function ImportDecisionFields({
  decision,
  setDecision,
}: {
  decision: Extraction['decision'];
  setDecision: (change: Partial<Extraction['decision']>) => void;
}) {
  const x = useImportTexts();
  return (
    <fieldset>
      <legend>{x.decision}</legend>
      <TextField
        id="d-date"
        label={x.date}
        width="medium"
        value={decision.date ?? ''}
        onChange={(v) => setDecision({ date: nullable(v) })}
      />
      <TextField
        id="d-decided-by"
        label={x.decidedBy}
        value={decision.decidedBy ?? ''}
        onChange={(v) => setDecision({ decidedBy: nullable(v) })}
      />
      <TextField
        id="d-capacity"
        label={x.capacity}
        value={decision.capacity ?? ''}
        onChange={(v) => setDecision({ capacity: nullable(v) })}
      />
      <TextField
        id="d-presented-by"
        label={x.presentedBy}
        value={decision.presentedBy ?? ''}
        onChange={(v) => setDecision({ presentedBy: nullable(v) })}
      />
      <TextField
        id="d-delegation"
        label={x.delegationPoint}
        width="short"
        value={decision.delegationPoint ?? ''}
        onChange={(v) => setDecision({ delegationPoint: nullable(v) })}
      />
      <TextField
        id="d-diary"
        label={x.diaryNumber}
        width="medium"
        value={decision.diaryNumber ?? ''}
        onChange={(v) => setDecision({ diaryNumber: nullable(v) })}
      />
      <TextField
        id="d-external"
        label={x.externalCaseId}
        width="medium"
        value={decision.externalCaseId ?? ''}
        onChange={(v) => setDecision({ externalCaseId: nullable(v) })}
      />
      <TextField
        id="d-appropriation"
        label={x.appropriation}
        width="medium"
        value={decision.appropriation ?? ''}
        onChange={(v) => setDecision({ appropriation: nullable(v) })}
      />
      <TextField
        id="d-legal"
        label={x.legalBasis}
        value={decision.legalBasis.join(', ')}
        onChange={(v) =>
          setDecision({
            legalBasis: v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean),
          })
        }
      />
    </fieldset>
  );
}
