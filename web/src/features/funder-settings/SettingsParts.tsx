import type { SettingsVersion } from './admin-api.js';
import { useAdminTexts } from './texts.js';

interface LetterheadFields {
  name: string;
  committeeName: string;
  postalAddress: string;
  phone: string;
  email: string;
  website: string;
  contact: string;
}

/** The letterhead as the decision letter prints it: the name and committee on top, the address line below. */
export function LetterheadPreview({ form }: { form: LetterheadFields }) {
  const at = useAdminTexts();
  const parts = [
    form.name,
    form.postalAddress.trim().replace(/\s*\n\s*/g, ', '),
    form.phone.trim() ? `${at.phone} ${form.phone.trim()}` : '',
    form.email,
    form.website,
    ...form.contact.split('\n'),
  ]
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <figure className="letterhead-preview" aria-labelledby="letterhead-preview-caption">
      <figcaption id="letterhead-preview-caption" className="hint">
        {at.preview}
      </figcaption>
      <p className="letterhead-name">{form.name}</p>
      <p className="letterhead-committee">{form.committeeName}</p>
      <p className="letterhead-footer">{[...new Set(parts)].join(' · ')}</p>
    </figure>
  );
}

/** Every saved version of the settings, newest first: when, by whom, and which settings changed. */
export function SettingsVersions({ versions }: { versions: SettingsVersion[] }) {
  const at = useAdminTexts();
  if (versions.length === 0) return null;
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{at.versions}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{at.version}</th>
            <th scope="col">{at.savedAt}</th>
            <th scope="col">{at.savedBy}</th>
            <th scope="col">{at.changed}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{at.dateTime(v.changedAt)}</td>
              <td>{v.changedBy ?? at.system}</td>
              <td>
                {v.changed.length === 0 && v === versions[versions.length - 1]
                  ? at.firstVersion
                  : v.changed.map(at.settingName).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
