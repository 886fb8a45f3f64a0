import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativePageDetailQuery } from '../../gql/graphql';
import { useLocale } from '../../i18n/use-locale';
import {
  afterLifeStatusLabel,
  formatDate,
  formatSek,
  funderTypeLabel,
  fundingStatusLabel,
  kindLabel,
  milestoneLabel,
  partnerRoleLabel,
  statusLabel,
  targetGroupLabel,
  themeLabel,
  visibilityLabel,
  yearSpan,
} from '../shared/initiative-format';
import { InitiativeMethodLinks } from './initiative-method-links';
import { InitiativeRelations, PearlLink } from './initiative-relations';
import { LazyMarkdown } from '../../ui/lazy-markdown';

type Initiative = InitiativePageDetailQuery['initiative'];

const PARTICIPANT_COLUMNS = ['women', 'men', 'otherOrUnknown', 'total', 'toWork', 'toStudies', 'otherOutcome'] as const;

/** Free text as written: paragraphs and line breaks kept, nothing interpreted as markup. */
function PlainText({ text }: { readonly text: string }) {
  const { t } = useTranslation();
  return text.trim() ? <p className="initiative-text">{text.trim()}</p> : <p className="hint">{t('register.detail.notSet')}</p>;
}

function Section({ id, title, children }: { readonly id: string; readonly title: string; readonly children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function TermList({ values }: { readonly values: readonly string[] }) {
  const { t } = useTranslation();
  if (values.length === 0) return <>{t('register.detail.none')}</>;
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

function Person({ person }: { readonly person: Initiative['contactPerson'] }) {
  const { t } = useTranslation();
  if (!person) return <>{t('register.detail.notSet')}</>;
  return (
    <>
      {person.name}
      {person.email && (
        <>
          {', '}
          <a href={`mailto:${person.email}`}>{person.email}</a>
        </>
      )}
    </>
  );
}

/** Every field of an initiative, in sections under h2 headings. */
export function InitiativeDetails({ initiative }: { readonly initiative: Initiative }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : t('register.detail.notSet'));
  const { predecessors, successors } = initiative.pearlString;
  const ownYears = yearSpan(initiative.startDate, initiative.endDate);

  return (
    <>
      {initiative.summary && <p className="lead">{initiative.summary}</p>}

      <Section id="oversikt" title={t('register.detail.factsHeading')}>
        <dl className="facts">
          <dt>{t('register.detail.owner')}</dt>
          <dd>{initiative.organization.name}</dd>
          <dt>{t('register.detail.visibility')}</dt>
          <dd>{visibilityLabel(initiative.visibility, locale)}</dd>
          <dt>{t('register.detail.kind')}</dt>
          <dd>{kindLabel(initiative.kind, locale)}</dd>
          <dt>{t('register.detail.status')}</dt>
          <dd>{statusLabel(initiative.status, locale)}</dd>
          <dt>{t('register.detail.startDate')}</dt>
          <dd>{date(initiative.startDate)}</dd>
          <dt>{t('register.detail.endDate')}</dt>
          <dd>{date(initiative.endDate)}</dd>
          <dt>{t('register.detail.contactPerson')}</dt>
          <dd>
            <Person person={initiative.contactPerson} />
          </dd>
          <dt>{t('register.detail.projectLeader')}</dt>
          <dd>
            <Person person={initiative.projectLeader} />
          </dd>
        </dl>
      </Section>

      <Section id="beskrivning" title={t('register.detail.descriptionHeading')}>
        {initiative.description.trim() ? (
          <LazyMarkdown className="initiative-markdown" source={initiative.description} />
        ) : (
          <p className="hint">{t('register.detail.notSet')}</p>
        )}
      </Section>

      <Section id="samverkansparter" title={t('register.detail.partnersHeading')}>
        {initiative.partners.length === 0 ? (
          <p>{t('register.detail.partnersEmpty')}</p>
        ) : (
          <ul>
            {initiative.partners.map((partner, index) => (
              <li key={`${partner.name}-${index}`}>
                {partner.name} – {partnerRoleLabel(partner.role, locale)}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="finansiering" title={t('register.detail.fundingHeading')}>
        {initiative.fundingLines.length === 0 ? (
          <p>{t('register.detail.fundingEmpty')}</p>
        ) : (
          <div className="table-scroller">
            <table className="initiative-table">
              <caption>{t('register.detail.fundingCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('register.detail.funderType')}</th>
                  <th scope="col">{t('register.detail.funderName')}</th>
                  <th scope="col">{t('register.detail.registryNumber')}</th>
                  <th scope="col">{t('register.detail.programmeArea')}</th>
                  <th scope="col" className="number">
                    {t('register.detail.amount')}
                  </th>
                  <th scope="col">{t('register.detail.fundingStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {initiative.fundingLines.map((line, index) => (
                  <tr key={index}>
                    <th scope="row">{funderTypeLabel(line.funderType, locale)}</th>
                    <td>{line.funderName}</td>
                    <td>{line.registryNumber}</td>
                    <td>{line.programmeArea}</td>
                    <td className="number">{line.amountSek === null || line.amountSek === undefined ? '' : formatSek(line.amountSek, locale)}</td>
                    <td>{fundingStatusLabel(line.status, locale)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    {t('register.detail.total')}
                  </th>
                  <td className="number">{formatSek(initiative.totalFundingSek, locale)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Section>

      <Section id="inriktning" title={t('register.detail.classificationHeading')}>
        <dl className="facts">
          <dt>{t('register.detail.themes')}</dt>
          <dd>
            <TermList values={initiative.themes.map((code) => themeLabel(code, locale))} />
          </dd>
          <dt>{t('register.detail.targetGroups')}</dt>
          <dd>
            <TermList values={initiative.targetGroups.map((code) => targetGroupLabel(code, locale))} />
          </dd>
          <dt>{t('register.detail.occupations')}</dt>
          <dd>
            <TermList values={initiative.occupations} />
          </dd>
          <dt>{t('register.detail.methods')}</dt>
          <dd>
            <TermList values={initiative.methods} />
          </dd>
        </dl>
      </Section>

      <Section id="metodbanken" title={t('register.detail.methodRefsHeading')}>
        <InitiativeMethodLinks initiativeId={initiative.id} methods={initiative.methodRefs} canEdit={initiative.canEdit} />
      </Section>

      <Section id="horisontella-principer" title={t('register.detail.principlesHeading')}>
        {(['genderEquality', 'nonDiscrimination', 'accessibility'] as const).map((principle) => (
          <div key={principle}>
            <h3>{t(`register.detail.${principle}`)}</h3>
            <PlainText text={initiative.horizontalPrinciples[principle]} />
          </div>
        ))}
      </Section>

      <Section id="deltagare" title={t('register.detail.participantsHeading')}>
        {initiative.participants.length === 0 ? (
          <p>{t('register.detail.participantsEmpty')}</p>
        ) : (
          <>
            <div className="table-scroller">
              <table className="initiative-table">
                <caption>{t('register.detail.participantsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('register.detail.period')}</th>
                    {PARTICIPANT_COLUMNS.map((column) => (
                      <th key={column} scope="col" className="number">
                        {t(`register.detail.${column === 'total' ? 'totalParticipants' : column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {initiative.participants.map((period) => (
                    <tr key={period.period}>
                      <th scope="row">{period.period}</th>
                      {PARTICIPANT_COLUMNS.map((column) => (
                        <td key={column} className="number">
                          {period[column].display}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="hint">{t('register.detail.participantsNote')}</p>
          </>
        )}
      </Section>

      <Section id="resultat" title={t('register.detail.resultsHeading')}>
        <h3>{t('register.detail.results')}</h3>
        <PlainText text={initiative.results} />
        <h3>{t('register.detail.lessonsLearned')}</h3>
        <PlainText text={initiative.lessonsLearned} />
      </Section>

      <Section id="efter-projektet" title={t('register.detail.implementationHeading')}>
        <h3>{t('register.detail.implementationOwner')}</h3>
        <PlainText text={initiative.implementationOwner} />
        <h3>{t('register.detail.implementationPlan')}</h3>
        <PlainText text={initiative.implementationPlan} />
      </Section>

      <Section id="relationer" title={t('register.detail.relationsHeading')}>
        <InitiativeRelations relations={initiative.relations} />
      </Section>

      <Section id="parlband" title={t('register.detail.pearlHeading')}>
        {predecessors.length === 0 && successors.length === 0 ? (
          <p>{t('register.detail.pearlEmpty')}</p>
        ) : (
          <>
            <p className="hint" id="parlband-intro">
              {t('register.detail.pearlIntro')}
            </p>
            <ol className="pearl-string" aria-label={t('register.detail.pearlLabel')} aria-describedby="parlband-intro">
              {predecessors.map((item) => (
                <li key={item.id}>
                  <PearlLink initiative={item} />
                </li>
              ))}
              <li aria-current="page">
                {initiative.title}
                {ownYears && <span className="pearl-string__years"> ({ownYears})</span>} {t('register.detail.pearlCurrent')}
              </li>
              {successors.map((item) => (
                <li key={item.id}>
                  <PearlLink initiative={item} />
                </li>
              ))}
            </ol>
          </>
        )}
      </Section>

      <Section id="uppfoljningar" title={t('register.detail.followUpsHeading')}>
        {initiative.followUps.length === 0 ? (
          <p>{t('register.detail.followUpsEmpty')}</p>
        ) : (
          <div className="table-scroller">
            <table className="initiative-table">
              <caption>{t('register.detail.followUpsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('register.detail.milestone')}</th>
                  <th scope="col">{t('register.detail.dueDate')}</th>
                  <th scope="col">{t('register.detail.followUpStatus')}</th>
                  <th scope="col">{t('register.detail.livesOn')}</th>
                  <th scope="col">{t('register.detail.ownerNow')}</th>
                  <th scope="col">{t('register.detail.evidence')}</th>
                </tr>
              </thead>
              <tbody>
                {initiative.followUps.map((followUp) => (
                  <tr key={followUp.id}>
                    <th scope="row">{milestoneLabel(followUp.milestone, locale)}</th>
                    <td>{formatDate(followUp.dueDate, locale)}</td>
                    <td>
                      {followUp.status ? afterLifeStatusLabel(followUp.status, locale) : t('register.detail.notRecorded')}
                      {followUp.overdue && (
                        <>
                          {' – '}
                          <strong className="overdue">{t('register.detail.overdue')}</strong>
                        </>
                      )}
                    </td>
                    <td>{followUp.livesOn}</td>
                    <td>{followUp.ownerNow}</td>
                    <td>
                      {followUp.evidenceUrl && /^https?:\/\//i.test(followUp.evidenceUrl) && (
                        <a
                          href={followUp.evidenceUrl}
                          aria-label={t('register.detail.evidenceLink', { milestone: milestoneLabel(followUp.milestone, locale) })}
                        >
                          {t('register.detail.evidence')}
                        </a>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </>
  );
}
