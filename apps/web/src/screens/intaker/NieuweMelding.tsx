/** A new melding for an existing inwoner, chosen by searching; the form comes from the workflow's input schema. */
import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  FormField,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { api, call, type Schemas } from '../../api';
import { ErrorAlert, Loading } from '../../components/Feedback';
import { allWorkflows, useSubjectName } from '../../components/names';
import { SchemaFields, type JsonSchema, useSchemaSubmit } from '../../components/SchemaForm';
import { useApp } from '../../context';
import { navigate, useLoad } from '../../hooks';
import { useTeamUsers } from '../teamleider/users';
import { SubjectResults, SubjectSearchForm, type SearchQuery } from './ZoekInwoner';

export function NieuweMelding({ inwonerId }: { inwonerId: string | null }) {
  const [query, setQuery] = useState<SearchQuery | null>(null);
  const name = useSubjectName(inwonerId);
  const workflows = useLoad(allWorkflows, []);
  return (
    <>
      <Heading1>Nieuwe melding</Heading1>
      {!inwonerId ? (
        <section aria-labelledby="h-inwoner">
          <Heading2 id="h-inwoner">1. Kies de inwoner</Heading2>
          <SubjectSearchForm initial={{}} onSearch={setQuery} />
          {query ? (
            <SubjectResults
              query={query}
              action={(s) => (
                <Button
                  type="button"
                  appearance="secondary-action-button"
                  onClick={() => navigate(`/melding/nieuw?inwoner=${s.id}`)}
                >
                  Kies {s.name}
                </Button>
              )}
            />
          ) : null}
        </section>
      ) : (
        <>
          <Paragraph>
            Inwoner: <strong>{name}</strong>{' '}
            <Button type="button" appearance="subtle-button" onClick={() => navigate('/melding/nieuw')}>
              Andere inwoner kiezen
            </Button>
          </Paragraph>
          {workflows.error ? <ErrorAlert>{workflows.error}</ErrorAlert> : null}
          {workflows.data ? (
            <MeldingForm subjectId={inwonerId} workflows={workflows.data} />
          ) : (
            <Loading what="de klantreizen" />
          )}
        </>
      )}
    </>
  );
}

function MeldingForm({ subjectId, workflows }: { subjectId: string; workflows: Schemas['WorkflowList'] }) {
  const [workflow, setWorkflow] = useState('intake');
  const form = useSchemaSubmit('melding');
  // a regisseur is one of the team's users, chosen, not typed
  const { session } = useApp();
  const users = useTeamUsers(session.team);
  const { values, setValues, errors, setErrors, message, busy } = form;
  const wf = workflows.find((w) => w.name === workflow);
  const schema = (wf?.input ?? {}) as JsonSchema;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await form.submit(schema, async (data) => {
      const c = await call(
        api().POST('/cases', {
          body: { workflow, subjectId, input: data },
          headers: { 'Idempotency-Key': crypto.randomUUID() },
        }),
      );
      navigate(`/casussen/${c.id}`);
    });
  };
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="h-melding">
      <Heading2 id="h-melding">Gegevens van de melding</Heading2>
      <FormField>
        <FormLabel htmlFor="melding-workflow">Klantreis</FormLabel>
        <Select
          id="melding-workflow"
          value={workflow}
          onChange={(e) => {
            setWorkflow(e.target.value);
            setValues({});
            setErrors({});
          }}
        >
          {workflows.map((w) => (
            <SelectOption key={w.name} value={w.name}>
              {w.title}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {message ? <ErrorAlert>{message}</ErrorAlert> : null}
      <SchemaFields
        schema={schema}
        values={values}
        errors={errors}
        prefix="melding"
        extra={
          users.length ? { regisseur: { options: users }, procesregisseur: { options: users } } : undefined
        }
        onChange={(path, v) => setValues((old) => ({ ...old, [path]: v }))}
      />
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Melding vastleggen
      </Button>
    </form>
  );
}
