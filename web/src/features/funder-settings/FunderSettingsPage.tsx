import { Link } from 'react-router';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { FunderPicker, useAdminFunders } from './admin-funder.js';
import { diaryExample } from './CreateFunderPage.js';
import { LetterheadPreview, SettingsVersions } from './SettingsParts.js';
import { ContactSection, DecisionsSection, fieldOf } from './SettingsSections.js';
import { useAdminTexts } from './texts.js';
import { useFunderSettings } from './use-funder-settings.js';
import './funder-settings.css';

/** /admin/installningar: the funder's settings, a preview of its letterhead, and every saved version. */
export function FunderSettingsPage() {
  const at = useAdminTexts();
  const admin = useAdminFunders();
  const s = useFunderSettings(admin.funder?.id);
  const { view, form, problems } = s;

  if (admin.funders !== undefined && !admin.funder) {
    return (
      <div className="narrow">
        <h1>{at.settingsTitle}</h1>
        <p>{at.notAdmin}</p>
      </div>
    );
  }
  if (s.loadError) return <p>{at.loadError}</p>;
  if (!view || !form) return <p>{at.loading}</p>;

  const example = diaryExample(form.diaryNumberFormat.trim(), view.diaryYear, view.nextDiarySequence);
  const field = fieldOf(s, form);

  return (
    <div className="narrow">
      <ErrorSummary items={problems.items} ref={problems.ref} />
      <h1>{at.settingsTitle}</h1>
      <FunderPicker admin={admin} />
      {s.conflict && (
        <p>
          <button type="button" className="secondary" onClick={() => void s.load()}>
            {at.reload}
          </button>
        </p>
      )}
      <form onSubmit={(e) => void s.submit(e)} noValidate>
        <section className="form-section" aria-labelledby="funder-heading">
          <h2 id="funder-heading">{at.sectionFunder}</h2>
          {field('name', at.funderName)}
          {field('orgNumber', at.orgNumber, { hint: at.orgNumberHint, width: 'short' })}
          {field('committeeName', at.committeeName, { hint: at.committeeHint })}
        </section>
        <section className="form-section" aria-labelledby="letterhead-heading">
          <h2 id="letterhead-heading">{at.sectionLetterhead}</h2>
          <p className="hint">{at.letterheadIntro}</p>
          {field('postalAddress', at.postalAddress, { hint: at.postalAddressHint, multiline: true })}
          {field('phone', at.phone, { width: 'medium' })}
          {field('email', at.email, { type: 'email' })}
          {field('website', at.website, { hint: at.websiteHint })}
          <LetterheadPreview form={form} />
        </section>
        <section className="form-section" aria-labelledby="diary-heading">
          <h2 id="diary-heading">{at.sectionDiary}</h2>
          {field('diaryNumberFormat', at.diaryFormat, { hint: at.diaryFormatHint, width: 'medium' })}
          <p aria-live="polite">{example ? at.diaryExample(example) : at.diaryExampleMissing}</p>
        </section>
        <DecisionsSection s={s} view={view} field={field} />
        <ContactSection s={s} view={view} form={form} field={field} />
        <div className="actions">
          <button type="submit" disabled={s.busy}>
            {at.save}
          </button>
          <p role="status" className="notice-ok">
            {s.saved}
          </p>
        </div>
      </form>
      <SettingsVersions versions={s.versions} />
      <p>
        <Link to="/admin">{at.toAdmin}</Link>
      </p>
    </div>
  );
}
