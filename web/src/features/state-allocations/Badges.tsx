import type { Deadline, Stage } from './state-allocations-api.js';
import { useStateAllocationTexts } from './texts.js';

// Each state has a symbol and words as well as a colour: colour is never the only signal (WCAG 1.4.1).
const DEADLINE_SYMBOL: Record<Deadline['state'], string> = {
  upcoming: '○',
  due_soon: '◔',
  due_today: '●',
  overdue: '!',
  done: '✓',
};
const STAGE_SYMBOL: Record<Stage, string> = {
  not_tracked: '·',
  offered: '○',
  accepted: '○',
  requisitioned: '◑',
  received: '◑',
  accounted: '◕',
  completed: '✓',
  lapsed: '–',
};

export function DeadlineState({ deadline }: { deadline: Pick<Deadline, 'state' | 'daysLeft'> }) {
  const t = useStateAllocationTexts();
  return (
    <span className={`sa-badge sa-deadline-${deadline.state}`}>
      <span aria-hidden="true">{DEADLINE_SYMBOL[deadline.state]} </span>
      {t.state(deadline.state, deadline.daysLeft)}
    </span>
  );
}

export function StageBadge({ stage }: { stage: Stage }) {
  const t = useStateAllocationTexts();
  return (
    <span className={`sa-badge sa-stage-${stage}`}>
      <span aria-hidden="true">{STAGE_SYMBOL[stage]} </span>
      {t.stageLabel(stage)}
    </span>
  );
}

/** "Rekvisition 2025-03-31", then its state. */
export function DeadlineLine({ deadline }: { deadline: Deadline }) {
  const t = useStateAllocationTexts();
  return (
    <>
      {t.kind(deadline.kind)} <span className="nowrap">{deadline.dueDate}</span> <DeadlineState deadline={deadline} />
    </>
  );
}
