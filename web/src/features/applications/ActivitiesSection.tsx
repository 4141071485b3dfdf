import { APPLICATION_TEXT_LIMITS as LIMITS } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { CellInput, replaceAt, Section, useFocusAfterRender, type SectionProps } from './form-parts.js';
import { emptyActivity, fieldId, type ActivityRow } from './form-model.js';

const ADD = 'add-activity';

/** The time and activity plan: one row per activity, with its dates and cost. */
export function ActivitiesSection({ form, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const focusNext = useFocusAfterRender();
  const set = (i: number, change: Partial<ActivityRow>) =>
    update({ activities: replaceAt(form.activities, i, change) });
  const cell = (i: number, key: 'number' | 'title' | 'start' | 'end' | 'cost', label: string) => {
    const a = form.activities[i]!;
    const path = `activities.${i}.${key === 'cost' ? 'costOre' : key}`;
    return (
      <td>
        <CellInput
          path={path}
          label={t.inRow(label, t.activityN(i + 1))}
          value={a[key]}
          onChange={(v) => set(i, { [key]: v })}
          errorOf={errorOf}
          {...(key === 'start' || key === 'end' ? { type: 'date' as const } : {})}
          {...(key === 'number' ? { className: 'w-tiny', maxLength: LIMITS.activityNumber } : {})}
          {...(key === 'title' ? { maxLength: LIMITS.activityTitle } : {})}
          {...(key === 'cost' ? { className: 'w-amount', inputMode: 'decimal' as const } : {})}
        />
      </td>
    );
  };
  return (
    <Section path="activities" title={t.sectionActivities} errorOf={errorOf}>
      <table className="form-table">
        <thead>
          <tr>
            <th scope="col">{t.actNumber}</th>
            <th scope="col">{t.actTitle}</th>
            <th scope="col">{t.actStart}</th>
            <th scope="col">{t.actEnd}</th>
            <th scope="col">{t.actCost}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {form.activities.map((a, i) => (
            <tr key={a.key}>
              {cell(i, 'number', t.actNumber)}
              {cell(i, 'title', t.actTitle)}
              {cell(i, 'start', t.actStart)}
              {cell(i, 'end', t.actEnd)}
              {cell(i, 'cost', t.actCost)}
              <td>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => {
                    update({ activities: form.activities.filter((_, j) => j !== i) });
                    focusNext(ADD);
                  }}
                >
                  {t.removeRow(t.activityN(i + 1))}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        id={ADD}
        type="button"
        className="secondary"
        onClick={() => {
          update({ activities: [...form.activities, emptyActivity(form.activities.length + 1)] });
          focusNext(fieldId(`activities.${form.activities.length}.title`));
        }}
      >
        {t.addActivity}
      </button>
    </Section>
  );
}
