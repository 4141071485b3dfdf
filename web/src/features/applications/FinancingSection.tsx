import { APPLICATION_TEXT_LIMITS as LIMITS } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { CellInput, replaceAt, Section, useFocusAfterRender, type SectionProps } from './form-parts.js';
import { emptyFinancingRow, fieldId, type FinancingRow } from './form-model.js';

const ADD = 'add-financier';

/** The financing plan: who pays how much, public or not, in money or in kind. */
export function FinancingSection({ form, update, errorOf }: SectionProps) {
  const { t } = useI18n();
  const focusNext = useFocusAfterRender();
  const set = (i: number, change: Partial<FinancingRow>) => update({ financing: replaceAt(form.financing, i, change) });
  const box = (i: number, key: 'isPublic' | 'isInKind', label: string) => {
    const id = fieldId(`financing.${i}.${key}`);
    return (
      <td>
        <input
          type="checkbox"
          id={id}
          checked={form.financing[i]![key]}
          onChange={(e) => set(i, { [key]: e.target.checked })}
        />
        <label htmlFor={id} className="visually-hidden">
          {t.inRow(label, t.financierN(i + 1))}
        </label>
      </td>
    );
  };
  return (
    <Section path="financing" title={t.sectionFinancing} errorOf={errorOf}>
      <table className="form-table">
        <thead>
          <tr>
            <th scope="col">{t.financier}</th>
            <th scope="col">{t.amount}</th>
            <th scope="col">{t.isPublic}</th>
            <th scope="col">{t.isInKind}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {form.financing.map((f, i) => {
            const row = t.financierN(i + 1);
            return (
              <tr key={f.key}>
                <td>
                  <CellInput
                    path={`financing.${i}.financierName`}
                    label={t.inRow(t.financier, row)}
                    value={f.financierName}
                    onChange={(v) => set(i, { financierName: v })}
                    errorOf={errorOf}
                    maxLength={LIMITS.financierName}
                  />
                </td>
                <td>
                  <CellInput
                    path={`financing.${i}.amountOre`}
                    label={t.inRow(t.amount, row)}
                    value={f.amount}
                    onChange={(v) => set(i, { amount: v })}
                    errorOf={errorOf}
                    className="w-amount"
                    inputMode="decimal"
                  />
                </td>
                {box(i, 'isPublic', t.isPublic)}
                {box(i, 'isInKind', t.isInKind)}
                <td>
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      update({ financing: form.financing.filter((_, j) => j !== i) });
                      focusNext(ADD);
                    }}
                  >
                    {t.removeRow(row)}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        id={ADD}
        type="button"
        className="secondary"
        onClick={() => {
          update({ financing: [...form.financing, emptyFinancingRow()] });
          focusNext(fieldId(`financing.${form.financing.length}.financierName`));
        }}
      >
        {t.addFinancier}
      </button>
    </Section>
  );
}
