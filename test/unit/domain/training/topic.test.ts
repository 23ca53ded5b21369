import { normaliseTopic, topicKey } from '../../../../functions/domain/training/topic';

describe('topic normalisation', () => {
  it('trims and collapses spaces but keeps the letters as typed', () => {
    expect(normaliseTopic('  Darbas   su\ttrauma \n')).toBe('Darbas su trauma');
  });

  it('groups topics that differ only in case, spacing and Lithuanian capitals', () => {
    expect(topicKey(' ĮTRAUKIANTIS  ugdymas')).toBe(topicKey('įtraukiantis ugdymas'));
    expect(topicKey('ŠEIMOS KONSULTAVIMAS')).toBe('šeimos konsultavimas');
  });

  it('treats a letter written as base + combining mark like the precomposed one', () => {
    const decomposed = 'S\u030Ceimos konsultavimas';
    expect(topicKey(decomposed)).toBe(topicKey('Šeimos konsultavimas'));
  });

  it('keeps different topics apart', () => {
    expect(topicKey('Supervizija')).not.toBe(topicKey('Intervizija'));
  });
});
