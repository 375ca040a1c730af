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

export function fromWire<T>(value: unknown): T {
  return revive(value) as T;
}

function revive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value instanceof Map) return new Map([...value].map(([key, each]) => [key, revive(each)]));
  if (value instanceof Set) return new Set([...value].map(revive));
  if (isPlainObject(value)) {
    if (typeof value.$amount === 'string' && Object.keys(value).length === 1) return amount(value.$amount);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = revive(value[key]);
    return out;
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
