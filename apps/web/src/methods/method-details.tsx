import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { initiativePath, methodPath } from '../app/site-map';
import { METHOD_TEXT_FIELDS, type MethodTextField } from '@portal/shared-domain';
import type { MethodPageQuery } from '../gql/graphql';
import { useLocale } from '../i18n/use-locale';
import { LazyMarkdown } from '../ui/lazy-markdown';
import {
  afterLifeStatusLabel,
  evidenceLevelLabel,
  isWebAddress,
  lifecycleStatusLabel,
  relationLabel,
  sourceKindLabel,
  targetGroupLabel,
  themeLabel,
  visibilityLabel,
} from './method-format';
import { useMethodsTranslation } from './methods.i18n';

export type MethodDetail = MethodPageQuery['method'];

function Section({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Free text as written: line breaks kept, nothing interpreted as markup. */
function PlainText({ text }: { readonly text: string }) {
  const { t } = useMethodsTranslation();
  return text.trim() ? <p className="method-text">{text.trim()}</p> : <p className="hint">{t('methods.detail.notSet')}</p>;
}

function TermList({ values }: { readonly values: readonly string[] }) {
  const { t } = useMethodsTranslation();
  if (values.length === 0) return <>{t('methods.detail.none')}</>;
  return (
    <ul className="tag-list">
      {values.map((value) => (
        <li key={value} className="tag">
          {value}
        </li>
      ))}
    </ul>
  );
}

function Contact({ person }: { readonly person: { readonly name: string; readonly email: string } }) {
  return (
    <>
      {person.name}
      {person.email && (
        <>
          {person.name && ', '}
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </>
      )}
    </>
  );
}

/** Declared text fields without a place of their own above (the summary leads, the description is Markdown): a section each, by their label. */
const PLAIN_TEXT_SECTIONS = (Object.keys(METHOD_TEXT_FIELDS) as MethodTextField[]).filter((key) => !['name', 'summary', 'description'].includes(key));

/** Every field of a method and what the region knows about its use, in sections under h2 headings. */
export function MethodDetails({ method }: { readonly method: MethodDetail }) {
  const { t } = useMethodsTranslation();
  const locale = useLocale();
  const requirements = (['training', 'certification', 'staffing', 'indicativeCost'] as const).filter((key) => method.requirements[key].trim());
  const contact = method.contactPerson && (method.contactPerson.name || method.contactPerson.email) ? method.contactPerson : null;
  const outcomes = method.outcomes;

  return (
    <>
      {method.summary && <p className="lead">{method.summary}</p>}

      <Section id="oversikt" title={t('methods.detail.factsHeading')}>
        <dl className="facts">
          <dt>{t('methods.detail.evidenceLevel')}</dt>
          <dd>{method.evidenceLevel ? evidenceLevelLabel(method.evidenceLevel, locale) : t('methods.detail.notSet')}</dd>
          <dt>{t('methods.detail.owner')}</dt>
          <dd>{method.organization.name}</dd>
          <dt>{t('methods.detail.contact')}</dt>
          <dd>{contact ? <Contact person={contact} /> : t('methods.detail.notSet')}</dd>
          <dt>{t('methods.detail.visibility')}</dt>
          <dd>{visibilityLabel(method.visibility, locale)}</dd>
          <dt>{t('methods.detail.themes')}</dt>
          <dd>
            <TermList values={method.themes.map((code) => themeLabel(code, locale))} />
          </dd>
          <dt>{t('methods.detail.targetGroups')}</dt>
          <dd>
            <TermList values={method.targetGroups.map((code) => targetGroupLabel(code, locale))} />
          </dd>
        </dl>
      </Section>

      <Section id="beskrivning" title={t('methods.detail.descriptionHeading')}>
        {method.description.trim() ? (
          <LazyMarkdown className="method-markdown" source={method.description} />
        ) : (
          <p className="hint">{t('methods.detail.notSet')}</p>
        )}
      </Section>

      {PLAIN_TEXT_SECTIONS.map((key) => (
        <Section key={key} id={key} title={METHOD_TEXT_FIELDS[key].label[locale]}>
          <PlainText text={method[key]} />
        </Section>
      ))}

      <Section id="steg" title={t('methods.detail.componentsHeading')}>
        {method.steps.length === 0 ? (
          <p>{t('methods.detail.componentsEmpty')}</p>
        ) : (
          <ol className="method-steps">
            {method.steps.map((step, index) => (
              <li key={index}>
                <strong>{step.title}</strong>
                {step.description && <p className="method-text">{step.description}</p>}
              </li>
            ))}
          </ol>
        )}
      </Section>

      <Section id="forutsattningar" title={t('methods.detail.requirementsHeading')}>
        {requirements.length === 0 ? (
          <p className="hint">{t('methods.detail.notSet')}</p>
        ) : (
          <dl className="facts">
            {requirements.map((key) => (
              <div key={key} className="facts__row">
                <dt>{t(`methods.detail.${key}`)}</dt>
                <dd className="method-text">{method.requirements[key]}</dd>
              </div>
            ))}
          </dl>
        )}
      </Section>

      <Section id="evidens" title={t('methods.detail.evidenceHeading')}>
        <p>
          <strong>{t('methods.detail.evidenceLevel')}:</strong>{' '}
          {method.evidenceLevel ? evidenceLevelLabel(method.evidenceLevel, locale) : t('methods.detail.notSet')}
        </p>
        <p className="notice">{t('methods.detail.evidenceNote')}</p>
        <h3>{t('methods.detail.sourcesHeading')}</h3>
        {method.evidenceSources.length === 0 ? (
          <p>{t('methods.detail.sourcesEmpty')}</p>
        ) : (
          <ul className="method-sources">
            {method.evidenceSources.map((source, index) => (
              <li key={index}>
                {isWebAddress(source.url) ? <a href={source.url}>{source.title}</a> : source.title}
                <br />
                <span className="hint">{t('methods.detail.sourceKind', { kind: sourceKindLabel(source.kind, locale) })}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="relaterade" title={t('methods.detail.relatedHeading')}>
        {method.relations.length === 0 ? (
          <p>{t('methods.detail.relatedEmpty')}</p>
        ) : (
          <ul>
            {method.relations.map((relation) => (
              <li key={`${relation.kind}-${relation.direction}-${relation.other.id}`}>
                {relationLabel(relation.kind, relation.direction, locale)}: <Link to={methodPath(relation.other.id)}>{relation.other.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="anvands-i" title={t('methods.detail.usedByHeading')}>
        {method.usedBy.length === 0 ? (
          <p>{t('methods.detail.usedByEmpty')}</p>
        ) : (
          <div className="table-scroller">
            <table className="method-table">
              <caption>{t('methods.detail.usedByCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('methods.detail.initiative')}</th>
                  <th scope="col">{t('methods.detail.organization')}</th>
                  <th scope="col">{t('methods.detail.status')}</th>
                  <th scope="col">{t('methods.detail.afterLife')}</th>
                </tr>
              </thead>
              <tbody>
                {method.usedBy.map((use) => (
                  <tr key={use.initiative.id}>
                    <th scope="row">
                      <Link to={initiativePath(use.initiative.id)}>{use.initiative.title}</Link>
                    </th>
                    <td>{use.initiative.organization.name}</td>
                    <td>{lifecycleStatusLabel(use.initiative.status, locale)}</td>
                    <td>{use.afterLifeStatus ? afterLifeStatusLabel(use.afterLifeStatus, locale) : t('methods.detail.afterLifeUnknown')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="fraga-dem" title={t('methods.detail.organizationsHeading')}>
        {method.organizationsUsing.length === 0 ? (
          <p>{t('methods.detail.organizationsEmpty')}</p>
        ) : (
          <>
            <p>{t('methods.detail.organizationsIntro')}</p>
            <ul className="method-users">
              {method.organizationsUsing.map((user) => (
                <li key={user.organization.slug}>
                  <h3>{user.organization.name}</h3>
                  <p className="hint">{t('methods.detail.initiativeCount', { count: user.initiativeCount })}</p>
                  {user.contacts.length === 0 ? (
                    <p>{t('methods.detail.noContact')}</p>
                  ) : (
                    <>
                      <p>
                        <strong>{t('methods.detail.askThem')}:</strong>
                      </p>
                      <ul aria-label={t('methods.detail.contactOf', { organization: user.organization.name })}>
                        {user.contacts.map((person, index) => (
                          <li key={`${person.email}-${index}`}>
                            <Contact person={person} />
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="resultat" title={t('methods.detail.outcomesHeading')}>
        {!outcomes || outcomes.initiativeCount === 0 ? (
          <p>{t('methods.detail.outcomesEmpty')}</p>
        ) : (
          <>
            <div className="table-scroller">
              <table className="method-table">
                <caption>{t('methods.detail.outcomesCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('methods.detail.measure')}</th>
                    <th scope="col" className="number">
                      {t('methods.detail.value')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    <th scope="row">{t('methods.detail.initiatives')}</th>
                    <td className="number">{outcomes.initiativeCount}</td>
                  </tr>
                  {(['participants', 'toWork', 'toStudies'] as const).map((key) => (
                    <tr key={key}>
                      <th scope="row">{t(`methods.detail.${key}`)}</th>
                      <td className="number">{outcomes[key].display}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="hint">{t('methods.detail.outcomesNote')}</p>
          </>
        )}
      </Section>
    </>
  );
}
