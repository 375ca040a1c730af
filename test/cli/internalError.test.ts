import { failure } from '../../src/cli/sib';

describe('a failure that is a bug in sib', () => {
  const bug = new TypeError("Cannot read properties of undefined (reading 'row')");

  it('is reported in English as a bug, with the detail and without asking for the workbook', () => {
    expect(failure(bug, 'en')).toEqual({
      message:
        "Internal error (TypeError: Cannot read properties of undefined (reading 'row')) — this is a bug in sib; please report it with the command you ran, but not the workbook (it may hold personal data)",
      exitCode: 2,
      code: 'internal',
    });
  });

  it('is reported in Danish in a Danish run', () => {
    expect(failure(bug, 'da').message).toBe(
      "Intern fejl (TypeError: Cannot read properties of undefined (reading 'row')) — det er en fejl i sib; meld den gerne med den kommando, du kørte, men ikke projektmappen (den kan rumme personoplysninger)",
    );
  });

  it('names a thrown value that is not an Error', () => {
    expect(failure('lost', 'en').message).toMatch(/^Internal error \(lost\)/);
  });
});
