/** One term c·e^(−t·u) of an exponential sum. */
export interface ExponentialTerm {
  readonly coefficient: number;
  readonly exponent: number;
}

/**
 * Every real root u in [lower, upper] of g(u) = Σ cᵢ·e^(−tᵢ·u), for distinct exponents tᵢ ≥ 0 and coefficients cᵢ ≠ 0,
 * in increasing order. A present value Σ aᵢ·(1+r)^(−tᵢ) is such a sum in u = ln(1+r).
 *
 * Why no root is missed, however close two roots lie (Laguerre's rule of signs, proved by Rolle's theorem):
 * order the terms by exponent and pick p strictly between the two exponents of one sign change of the coefficients.
 * e^(p·u)·g(u) has the same roots as g, and its derivative is e^(p·u)·h(u) with h(u) = Σ cᵢ·(p − tᵢ)·e^(−tᵢ·u):
 * the same exponents, one sign change fewer (the terms beyond p flip sign). Between two roots of g lies a root of h
 * (Rolle), so between consecutive roots of h, e^(p·u)·g(u) is strictly monotonic and has at most one root, which
 * the signs at the two ends bracket. Recursing until no sign change is left (a sum of same-signed terms has no
 * root) isolates every root: the depth is the number of sign changes, not a grid's spacing.
 *
 * A root pair closer than the rounding of g's value at the extremum between them (about 1e-8 of the rate, relative)
 * is indistinguishable from a double root or from no root; no method in double precision can tell them apart.
 */
export function exponentialSumRoots(terms: readonly ExponentialTerm[], lower: number, upper: number): number[] {
  const sorted = [...terms].sort((a, b) => a.exponent - b.exponent);
  return rootsBetween(sorted, lower, upper);
}

function rootsBetween(terms: readonly ExponentialTerm[], lower: number, upper: number): number[] {
  const change = terms.findIndex((term, i) => i > 0 && Math.sign(term.coefficient) !== Math.sign(terms[i - 1].coefficient));
  if (change < 0) return [];
  const pivot = (terms[change - 1].exponent + terms[change].exponent) / 2;
  const extrema = rootsBetween(derivative(terms, pivot), lower, upper);
  // Splitting at u = 0 keeps each piece on one side of the scaling in `scaledSum`; a split never hides a root.
  const ends = [...new Set([lower, ...extrema, ...(lower < 0 && upper > 0 ? [0] : []), upper])].sort((a, b) => a - b);
  const value = (u: number) => scaledSum(terms, u);
  const roots: number[] = [];
  for (let i = 0; i + 1 < ends.length; i++) {
    const [a, b] = [ends[i], ends[i + 1]];
    const [fa, fb] = [value(a), value(b)];
    if (fa === 0) roots.push(a);
    else if (fb !== 0 && Math.sign(fa) !== Math.sign(fb)) roots.push(brentRoot(value, a, b, fa, fb));
  }
  if (value(upper) === 0) roots.push(upper);
  return [...new Set(roots)];
}

/** The terms of h above, scaled to a largest coefficient of 1 so that deep recursions neither overflow nor underflow. */
function derivative(terms: readonly ExponentialTerm[], pivot: number): ExponentialTerm[] {
  const derived = terms.map(({ coefficient, exponent }) => ({ coefficient: coefficient * (pivot - exponent), exponent }));
  const largest = Math.max(...derived.map((term) => Math.abs(term.coefficient)));
  return derived.map(({ coefficient, exponent }) => ({ coefficient: coefficient / largest, exponent }));
}

/**
 * g(u)·e^(s·u), which has g's sign and roots: s is the largest exponent for u < 0 and the smallest for u ≥ 0, so
 * every term's power is at most e^0 and nothing overflows however near −100 % or however high the rate.
 */
function scaledSum(terms: readonly ExponentialTerm[], u: number): number {
  const shift = u < 0 ? terms[terms.length - 1].exponent : terms[0].exponent;
  let total = 0;
  for (const { coefficient, exponent } of terms) total += coefficient * Math.exp(-(exponent - shift) * u);
  return total;
}

/** Brent's method (inverse quadratic interpolation, secant and bisection) on a bracketing interval, to full precision. */
function brentRoot(f: (x: number) => number, lower: number, upper: number, fLower: number, fUpper: number): number {
  let [a, b, fa, fb] = [lower, upper, fLower, fUpper];
  let [c, fc] = [a, fa];
  let d = b - a;
  let e = d;
  for (let iteration = 0; iteration < 200; iteration++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      [c, fc] = [a, fa];
      d = e = b - a;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      [a, b, c] = [b, c, b];
      [fa, fb, fc] = [fb, fc, fb];
    }
    const tolerance = 2 * Number.EPSILON * Math.abs(b) + Number.EPSILON * Number.EPSILON;
    const half = (c - b) / 2;
    if (Math.abs(half) <= tolerance || fb === 0) return b;
    if (Math.abs(e) >= tolerance && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * half * s;
        q = 1 - s;
      } else {
        const r = fb / fc;
        const t = fa / fc;
        p = s * (2 * half * t * (t - r) - (b - a) * (r - 1));
        q = (t - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * half * q - Math.abs(tolerance * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = e = half;
      }
    } else {
      d = e = half;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tolerance ? d : half > 0 ? tolerance : -tolerance;
    fb = f(b);
  }
  return b;
}
