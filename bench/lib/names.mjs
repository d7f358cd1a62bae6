// Identifier builders: plausible camelCase, PascalCase and kebab-case names drawn from words.mjs.
import { ADJECTIVES, NOUNS, VERBS } from './words.mjs';

const capitalize = (word) => word[0].toUpperCase() + word.slice(1);

/** `fetchInvoice`, `syncCustomerProfile`. */
export function functionName(random) {
  const tail = random.chance(0.4) ? capitalize(random.pick(NOUNS)) : '';
  return random.pick(VERBS) + capitalize(random.pick(NOUNS)) + tail;
}

/** `pendingOrder`, `invoice`. */
export function variableName(random) {
  return random.chance(0.5) ? random.pick(ADJECTIVES) + capitalize(random.pick(NOUNS)) : random.pick(NOUNS);
}

/** `InvoiceService`, `CustomerProfileClient`. */
export function typeName(random, suffix = '') {
  const middle = random.chance(0.35) ? capitalize(random.pick(NOUNS)) : '';
  return capitalize(random.pick(NOUNS)) + middle + suffix;
}

/** `invoice-client`, `pending-order`. */
export function fileStem(random) {
  return random.chance(0.5)
    ? `${random.pick(NOUNS)}-${random.pick(['client', 'service', 'utils', 'store', 'model', 'api'])}`
    : `${random.pick(ADJECTIVES)}-${random.pick(NOUNS)}`;
}

/** An integer in [min, max] whose decimal form never contains the legacy port, so ordinary files stay ordinary. */
export function safeNumber(random, min, max) {
  const value = random.int(min, max);
  return String(value).includes('50342') ? value + 1 : value;
}

export { capitalize };

/** Reserves a top-level name in the file being rendered, numbering it when already taken. */
export function claim(dialect, name) {
  let unique = name;
  for (let n = 2; dialect.taken.has(unique); n += 1) unique = `${name}${n}`;
  dialect.taken.add(unique);
  return unique;
}
