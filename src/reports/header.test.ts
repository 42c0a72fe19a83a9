import { describe, expect, it } from 'vitest';
import { parseReportFile } from './header.ts';

const HEADER = [
  '// name: pledges',
  '// title: Pledges',
  '// question: Who pledged',
  '//   how much?',
  '// param: currency: string = null -- ISO 4217 code',
  "// param: investor: string = 'org:blackrock'",
  '// param: limit: integer = 50',
  '// param: since: date = 2025-09-01',
  '// param: ids: string[] = [a, b]',
  '// param: person: string -- required',
].join('\n');

describe('parseReportFile', () => {
  it('reads the header, its typed params and defaults, and the Cypher after it', () => {
    const report = parseReportFile(
      `${HEADER}\n\nMATCH (n) WHERE n.id = $person AND $currency IS NULL\nRETURN n LIMIT $limit;\n`,
      'pledges.cypher',
      'pledges',
    );
    expect(report).toMatchObject({ name: 'pledges', title: 'Pledges', question: 'Who pledged how much?' });
    expect(report.params.map((p) => [p.name, p.type, p.required, p.default])).toEqual([
      ['currency', 'string', false, null],
      ['investor', 'string', false, 'org:blackrock'],
      ['limit', 'integer', false, 50],
      ['since', 'date', false, '2025-09-01'],
      ['ids', 'string[]', false, ['a', 'b']],
      ['person', 'string', true, null],
    ]);
    expect(report.params[0]?.description).toBe('ISO 4217 code');
    expect(report.query).toBe('MATCH (n) WHERE n.id = $person AND $currency IS NULL\nRETURN n LIMIT $limit');
  });

  it.each([
    ['// title: T\n// question: Q\nRETURN 1', /no "\/\/ name:" line/],
    ['// name: other\n// title: T\n// question: Q\nRETURN 1', /must equal the file name/],
    [
      '// name: r\n// title: T\n// question: Q\n// colour: blue\nRETURN 1',
      /line 4: unknown header key "colour"/,
    ],
    [
      '// name: r\n// title: T\n// question: Q\n// param: n: number = 1\nRETURN $n',
      /line 4: param "n": unknown type "number"/,
    ],
    [
      '// name: r\n// title: T\n// question: Q\n// param: n: integer = ten\nRETURN $n',
      /default "ten" is not a valid integer/,
    ],
    [
      '// name: r\n// title: T\n// question: Q\n// param: d: date = 2025-02-30\nRETURN $d',
      /not a valid date/,
    ],
    [
      '// name: r\n// title: T\n// question: Q\n// param: n: integer\n// param: n: integer\nRETURN $n',
      /declared twice/,
    ],
    [
      '// name: r\n// title: T\n// question: Q\nRETURN $missing',
      /uses \$missing but the header declares no such param/,
    ],
    ['// name: r\n// title: T\n// question: Q\n', /no Cypher after the header/],
    ['// name: r\n// title: T\n// title: U\n// question: Q\nRETURN 1', /line 3: "title" is given twice/],
    ['// name: r\n// just a comment\nRETURN 1', /line 2: expected "\/\/ key: value"/],
  ])('explains what is wrong with a malformed header (%#)', (text, message) => {
    expect(() => parseReportFile(text, 'r.cypher', 'r')).toThrow(message);
  });

  it('ignores $words inside strings and comments', () => {
    const report = parseReportFile(
      "// name: r\n// title: T\n// question: Q\n\n// costs $5\nRETURN '$notAParam' AS x",
      'r.cypher',
      'r',
    );
    expect(report.params).toEqual([]);
  });
});

describe('integer ranges in the header', () => {
  const withParam = (line: string) =>
    `// name: r\n// title: T\n// question: Q?\n// param: ${line}\nRETURN $n AS n`;

  it('reads a range and takes 0 and up without one', () => {
    expect(parseReportFile(withParam('n: integer(1..6) = 4'), 'r.cypher', 'r').params[0]).toMatchObject({
      min: 1,
      max: 6,
    });
    expect(parseReportFile(withParam('n: integer = 4'), 'r.cypher', 'r').params[0]).toMatchObject({ min: 0 });
  });

  it('refuses a default outside the range and a range on another type', () => {
    expect(() => parseReportFile(withParam('n: integer(1..6) = 9'), 'r.cypher', 'r')).toThrow(
      /outside its range/,
    );
    expect(() => parseReportFile(withParam('n: string(1..6) = "a"'), 'r.cypher', 'r')).toThrow(
      /only an integer takes a range/,
    );
  });
});
