import { useI18n } from '../../i18n.js';
import type { Finding } from './case-api.js';
import { useCaseTexts } from './texts.js';

/** Rule findings, errors first, each saying which rule and by how much (the domain's own words). */
export function FindingsList({ findings, title, id }: { findings: Finding[]; title: string; id: string }) {
  const { lang } = useI18n();
  const c = useCaseTexts();
  return (
    <section aria-labelledby={id} className="findings">
      <h3 id={id}>{title}</h3>
      {findings.length === 0 ? (
        <p className="finding finding-ok">{c.noFindings}</p>
      ) : (
        <ul className="plain-list">
          {findings.map((f, i) => (
            <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`} data-code={f.code}>
              <strong>{c.severity(f.severity)}:</strong> {f.message[lang]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
