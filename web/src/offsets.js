// The report counts positions in Unicode code points (Python string indices); JavaScript strings
// and the editor count UTF-16 code units. An emoji or any character outside the Basic Multilingual
// Plane is one code point and two units, so every offset after it shifts. The conversion is made
// here, once per report, and nowhere else.

const SURROGATE = /[\uD800-\uDFFF]/;

// A function from code point offsets to UTF-16 offsets for this text.
export function toUtf16(text) {
  if (!SURROGATE.test(text)) return (offset) => offset;
  const units = [];
  for (let i = 0; i < text.length; i++) {
    units.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++; // a pair: one code point, two units
    }
  }
  units.push(text.length);
  return (offset) => units[Math.max(0, Math.min(offset, units.length - 1))];
}

// The inverse: UTF-16 offsets to code points (for anything the page sends back as a position).
export function toCodePoints(text) {
  if (!SURROGATE.test(text)) return (offset) => offset;
  return (offset) => {
    let points = 0;
    for (let i = 0; i < offset && i < text.length; i++, points++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < offset) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    return points;
  };
}
