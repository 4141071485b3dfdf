import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../session.js';
import { getCaseProject, type CaseProject } from './amendment-api.js';
import { useAmendmentTexts } from './texts.js';

/** On a case page: the amendment request and decision of an amendment case, and the project's versions. */
export function CaseAmendmentLinks({ caseId, kind }: { caseId: string; kind: string }) {
  const t = useAmendmentTexts();
  const { opts } = useSession();
  const [project, setProject] = useState<CaseProject | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getCaseProject(caseId, { ...opts, signal: controller.signal })
      .then(setProject)
      .catch(() => setProject(null));
    return () => controller.abort();
  }, [caseId, opts]);
  const projectId = project?.projectId ?? null;
  if (kind !== 'amendment_request' && !projectId) return null;
  return (
    <ul className="action-links">
      {kind === 'amendment_request' && (
        <li>
          <Link to={`/andringar/${caseId}`}>{t.toRequest}</Link>
        </li>
      )}
      {kind === 'amendment_request' && project?.actions.handleDecision && (
        <li>
          <Link to={`/arenden/${caseId}/andringsbeslut`}>{t.toDecision}</Link>
        </li>
      )}
      {projectId && (
        <li>
          <Link to={`/projekt/${projectId}/versioner`}>{t.toVersions}</Link>
        </li>
      )}
    </ul>
  );
}
