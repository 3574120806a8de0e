import { isGgz, isPleegzorg } from './voorzieningen';

describe('isPleegzorg: pleegzorg is recognised by its product name, like ggz', () => {
  it('matches every form of pleegzorg', () => {
    for (const product of [
      'pleegzorg',
      'Netwerkpleegzorg',
      'bestandspleegzorg',
      'Deeltijdpleegzorg (weekend)',
      'verblijf in pleeggezin',
    ])
      expect(isPleegzorg(product)).toBe(true);
  });
  it('does not match other Jeugdwet care, a gezinshuis among them', () => {
    for (const product of [
      'jeugdbegeleiding',
      'jeugd-ggz behandeling',
      'gezinshuis',
      'residentiële jeugdhulp',
    ])
      expect(isPleegzorg(product)).toBe(false);
    expect(isGgz('netwerkpleegzorg')).toBe(false);
  });
});
