import { APPLICATION_TEXT_LIMITS as LIMITS } from '../../../../src/domain/index.js';
import { useI18n } from '../../i18n.js';
import { FormField, Section, type SectionProps } from './form-parts.js';
import { useApplicationTexts } from './texts.js';

type TextKey = 'projectName' | 'acronym' | 'ownerOrgNumber' | 'description' | 'purpose' | 'goals';

/** The project's name, owner, texts, period and the amount applied for. */
export function ProjectSection({
  form,
  update,
  errorOf,
  applicant,
}: SectionProps & { applicant: { name: string; orgNumber: string | null } }) {
  const { t } = useI18n();
  const at = useApplicationTexts();
  const text = (key: TextKey, label: string, extra: Partial<Parameters<typeof FormField>[0]> = {}) => (
    <FormField
      path={key}
      label={label}
      value={form[key]}
      onChange={(v) => update({ [key]: v })}
      error={errorOf(key)}
      maxLength={LIMITS[key]}
      {...extra}
    />
  );
  const long = (key: 'description' | 'purpose' | 'goals', label: string) =>
    text(key, label, { multiline: true, hint: at.maxChars(LIMITS[key]) });
  const own = applicant.orgNumber ? ` ${at.yourOrganisation(applicant.name, applicant.orgNumber)}` : '';
  return (
    <Section path="project" title={t.sectionProject} errorOf={errorOf}>
      {text('projectName', t.projectName, { hint: at.maxChars(LIMITS.projectName) })}
      {text('acronym', t.acronym, { width: 'short' })}
      {text('ownerOrgNumber', t.ownerOrgNumber, {
        hint: `${t.ownerOrgNumberHint} ${at.orgNumberForms}${own}`,
        width: 'medium',
      })}
      {long('description', t.description)}
      {long('purpose', t.purpose)}
      {long('goals', t.goals)}
      <div className="field-row">
        {(['periodStart', 'periodEnd'] as const).map((key) => (
          <FormField
            key={key}
            path={key}
            type="date"
            label={key === 'periodStart' ? t.periodStart : t.periodEnd}
            value={form[key]}
            onChange={(v) => update({ [key]: v })}
            error={errorOf(key)}
          />
        ))}
      </div>
      <FormField
        path="requestedOre"
        label={t.requested}
        hint={t.amountHint}
        value={form.requested}
        onChange={(v) => update({ requested: v })}
        error={errorOf('requestedOre')}
        width="medium"
        inputMode="decimal"
      />
    </Section>
  );
}
