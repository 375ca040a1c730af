import { amount, isAmount } from '../engine/money';

/**
 * Job results cross from the engine's worker to the pane by structured clone, which cannot carry an
 * amount: a decimal keeps its constructor on itself, and a function cannot be cloned. On the way out every
 * amount becomes `{ $amount: '1320.5' }` (all its digits, so nothing is rounded on the way); on the way in
 * it becomes an amount again. Everything else passes as it is.
 */
interface WireAmount {
  readonly $amount: string;
}

export function toWire(value: unknown): unknown {
  if (isAmount(value)) return { $amount: value.toFixed() } satisfies WireAmount;
  if (Array.isArray(value)) return value.map(toWire);
  if (value instanceof Map) return new Map([...value].map(([key, each]) => [key, toWire(each)]));
  if (value instanceof Set) return new Set([...value].map(toWire));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = toWire(value[key]);
    return out;
  }
  return value;
}

/**
 * The value with its amounts made amounts again. It is changed in place: it is the receiver's own copy
 * (postMessage clones it), and a large result is not copied a second time.
 */
export function fromWire<T>(value: unknown): T {
  return revive(value) as T;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = revive(value[index]);
    return value;
  }
  if (value instanceof Map) {
    for (const [key, each] of value) value.set(key, revive(each));
    return value;
  }
  if (value instanceof Set) return new Set([...value].map(revive));
  if (isPlainObject(value)) {
    if (typeof value.$amount === 'string' && Object.keys(value).length === 1) return amount(value.$amount);
    for (const key of Object.keys(value)) value[key] = revive(value[key]);
    return value;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
