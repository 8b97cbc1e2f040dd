import { TestBed } from '@angular/core/testing';

import { Assessment } from '../../domain/assessment/assessment';
import { ReceivedSubmission } from '../../domain/review/review';
import { submissionDigestInput } from '../../domain/review/submission';
import { parseSubmissionFile, receiveSubmission } from '../../domain/review/submission-file';
import { digestOf, SAMPLES, sealedText } from '../../domain/review/testing-submissions';
import { AssessmentRepository } from './assessment-repository';
import { SubmissionRepository } from './submission-repository';

describe('AssessmentRepository: the copy stashed as the page went', () => {
  const STASH_KEY = 'haven.unsaved-assessment';
  let db: AssessmentRepository;
  const stashed: Assessment = {
    id: `stash-spec-${Math.random().toString(36).slice(2)}`,
    setId: 'accommodation',
    setVersion: '2.0.0',
    answers: { businessName: 'Harbour View Hotel' },
    plan: {},
    step: 1,
    createdAt: '2026-11-26T08:00:00.000Z',
    updatedAt: '2026-11-26T09:00:00.000Z',
  };

  beforeEach(() => {
    db = TestBed.inject(AssessmentRepository);
    localStorage.setItem(STASH_KEY, JSON.stringify(stashed));
  });
  afterEach(async () => {
    localStorage.removeItem(STASH_KEY);
    await db.delete(stashed.id);
  });

  it('is written to IndexedDB at the next start, then removed', async () => {
    const all = await db.all();
    expect(all.find((a) => a.id === stashed.id)).toEqual(stashed);
    expect(localStorage.getItem(STASH_KEY)).toBeNull();
    expect(
      (await TestBed.inject(AssessmentRepository).all()).some((a) => a.id === stashed.id),
    ).toBeTrue();
  });

  it('is shown and kept for the next start when the write fails (storage full)', async () => {
    await db.all(); // the database is open and holds the other assessments
    localStorage.setItem(STASH_KEY, JSON.stringify({ ...stashed, step: 2 }));
    spyOn(IDBObjectStore.prototype, 'put').and.throwError(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const all = await db.all();
    expect(all.find((a) => a.id === stashed.id)?.step).toBe(2);
    expect(localStorage.getItem(STASH_KEY)).not.toBeNull();
  });

  it('gives way to a newer stored copy', async () => {
    await db.put({ ...stashed, updatedAt: '2026-11-26T10:00:00.000Z', step: 3 });
    const all = await db.all();
    expect(all.find((a) => a.id === stashed.id)?.step).toBe(3);
    expect(localStorage.getItem(STASH_KEY)).toBeNull();
  });

  it('drops the stash once that very version is written, and keeps a newer one', async () => {
    db.stash(stashed);
    await db.put(stashed);
    expect(localStorage.getItem(STASH_KEY)).toBeNull();
    const newer = { ...stashed, updatedAt: '2026-11-26T11:00:00.000Z' };
    db.stash(stashed);
    // Another tab stashed a newer copy while this write was in flight.
    localStorage.setItem(STASH_KEY, JSON.stringify(newer));
    await db.put(stashed);
    expect(localStorage.getItem(STASH_KEY)).toBe(JSON.stringify(newer));
    db.stash(newer);
    await db.put(stashed);
    expect(localStorage.getItem(STASH_KEY)).toBe(JSON.stringify(newer));
  });
});

describe('AssessmentRepository: two tabs writing one assessment', () => {
  const id = `two-tabs-${Math.random().toString(36).slice(2)}`;
  const base: Assessment = {
    id,
    setId: 'accommodation',
    setVersion: '2.0.0',
    answers: { businessName: 'Harbour View Hotel' },
    plan: {},
    step: 0,
    createdAt: '2026-11-26T08:00:00.000Z',
    updatedAt: '2026-11-26T08:00:00.000Z',
  };
  // Each tab has its own repository (its own idea of what it last read) over the one database.
  const tab = () => TestBed.runInInjectionContext(() => new AssessmentRepository());

  afterEach(async () => {
    await TestBed.inject(AssessmentRepository).delete(id);
  });

  it("never writes a stale tab's whole copy over the other tab's newer fields", async () => {
    await tab().putMany([base]);
    const first = tab();
    const second = tab();
    await first.all();
    await second.all();
    await first.put({
      ...base,
      answers: { ...base.answers, country: 'Kenya' },
      updatedAt: '2026-11-26T09:00:00.000Z',
    });
    // The second tab never saw "Kenya": it writes only what it changed.
    const stored = await second.put({
      ...base,
      answers: { ...base.answers, locality: 'Mombasa' },
      updatedAt: '2026-11-26T09:01:00.000Z',
    });
    expect(stored.answers).toEqual({
      businessName: 'Harbour View Hotel',
      country: 'Kenya',
      locality: 'Mombasa',
    });
    const read = (await tab().all()).find((a) => a.id === id);
    expect(read?.answers).toEqual(stored.answers);
  });
});

describe('SubmissionRepository: two tabs reviewing one submission', () => {
  it("keeps the other tab's remark on another answer", async () => {
    const received = (await sampleReceived()) as ReceivedSubmission;
    const tab = () => TestBed.runInInjectionContext(() => new SubmissionRepository());
    await tab().put(received);
    const first = tab();
    const second = tab();
    await first.all();
    await second.all();
    const remark = { comment: 'Send the visitor log', evidenceRequested: true };
    await first.put({
      ...received,
      review: { ...received.review, comments: { hourlyIdAll: remark } },
    });
    const stored = await second.put({
      ...received,
      review: { ...received.review, note: 'Good start' },
    });
    expect(stored.review.comments).toEqual({ hourlyIdAll: remark });
    expect(stored.review.note).toBe('Good start');
    await tab().delete(received.id);
  });
});

/** A received submission as the review queue stores it. */
async function sampleReceived(): Promise<ReceivedSubmission> {
  const submission = SAMPLES.wellControlled();
  const parsed = parseSubmissionFile(await sealedText(submission));
  if (!parsed.ok) throw new Error('the sample must parse');
  const digest = await digestOf(submissionDigestInput(parsed.value.submission));
  const received = receiveSubmission(
    parsed.value,
    digest,
    {},
    'x.json',
    '2026-11-26T08:00:00.000Z',
  );
  if (!received.ok) throw new Error('the sample must be received');
  return { ...received.value, id: `review-tabs-${Math.random().toString(36).slice(2)}` };
}
