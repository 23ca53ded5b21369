/**
 * Topics are free text typed by many people; they are grouped by a key that ignores spacing and
 * letter case (Lithuanian rules, so `Į` and `į` match) and how the letters were encoded.
 */
export const normaliseTopic = (topic: string): string =>
  topic.normalize('NFC').replace(/\s+/g, ' ').trim();

export const topicKey = (topic: string): string => normaliseTopic(topic).toLocaleLowerCase('lt');
