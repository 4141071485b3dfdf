import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n.js';
import { statusLabel } from '../../labels.js';
import { ApplicationReadOnly, type ReadOnlyAttachment } from './ApplicationReadOnly.js';
import type { ApplicationView } from './applications-api.js';
import { useApplicationTexts } from './texts.js';

/**
 * A submitted application as its applicant sees it: the diary number (with focus on the heading right after
 * submitting), then the whole application as it was sent, read-only.
 */
export function SubmittedApplication(p: {
  view: ApplicationView;
  /** The diary number when the applicant has just submitted; null when the page shows it later. */
  justSubmitted: string | null;
  attachments: readonly ReadOnlyAttachment[] | undefined;
}) {
  const { t, lang } = useI18n();
  const at = useApplicationTexts();
  const heading = useRef<HTMLHeadingElement>(null);
  const { view, justSubmitted } = p;
  useEffect(() => {
    if (justSubmitted) heading.current?.focus();
  }, [justSubmitted]);
  return (
    <div className="application-page">
      <div className="narrow">
        <div className="panel">
          <h1 ref={heading} tabIndex={-1}>
            {justSubmitted ? t.submittedTitle : view.draft.projectName || t.editorTitle}
          </h1>
          <p>
            {t.yourDiaryNumber}
            <br />
            <strong className="diary-number">{justSubmitted ?? view.diaryNumber}</strong>
          </p>
        </div>
        <p>{justSubmitted ? t.submittedNext : `${t.status}: ${statusLabel(view.status, lang)}. ${t.submittedView}`}</p>
        <p>
          <Link to="/mina-arenden">{t.backToCases}</Link>
        </p>
      </div>
      <section aria-labelledby="submitted-application">
        <h2 id="submitted-application">{at.submittedHeading}</h2>
        <ApplicationReadOnly
          content={view.draft}
          level={3}
          {...(p.attachments ? { attachments: p.attachments } : {})}
        />
      </section>
    </div>
  );
}
