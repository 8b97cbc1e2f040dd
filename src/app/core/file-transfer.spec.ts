import { fileNameFor } from './file-transfer';

describe('fileNameFor', () => {
  it('keeps letters and digits and joins the rest with dashes', () => {
    expect(fileNameFor('Hôtel Le Café & Bar 2', 'report.pdf')).toBe(
      'hotel-le-cafe-bar-2-report.pdf',
    );
  });

  it('falls back to a generic name when nothing usable is left', () => {
    expect(fileNameFor('***', 'report.pdf')).toBe('assessment-report.pdf');
  });
});
