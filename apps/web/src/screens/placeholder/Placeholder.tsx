/** A screen still to come: a clear Dutch message, never an error. Replaced by screens/<role>/ as they land. */
import { Heading1, Paragraph } from '@utrecht/component-library-react';

export function Placeholder({ title }: { title: string }) {
  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph>
        Dit scherm wordt nog gebouwd. Tot het er is, vind je je casussen en termijnen via het menu hierboven.
      </Paragraph>
    </>
  );
}
