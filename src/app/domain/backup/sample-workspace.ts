import { Assessment } from '../assessment/assessment';
import { ReceivedSubmission } from '../review/review';
import { submissionDigestInput } from '../review/submission';
import { receiveSubmission } from '../review/submission-file';
import { digestOf, SAMPLES } from '../review/testing-submissions';
import { Supplier } from '../suppliers/supplier';
import { WELL_CONTROLLED_HOTEL } from '../testing/sample-answers';
import { Workspace } from './workspace';

// One device's worth of realistic records, for the hostile-file spec and the released fixture:
// a hotel's own assessment (submitted and reviewed), a tour operator's two suppliers (one sent a
// questionnaire request, one assessed at the desk) and a submission a reviewer received.

const HOTEL: Assessment = {
  id: '3f1c2a9e-5b7d-4e21-9c1a-0d6e8f4b2a71',
  setId: 'accommodation',
  setVersion: '2.0.0',
  answers: WELL_CONTROLLED_HOTEL,
  plan: {
    'annual-review': {
      owner: 'General manager',
      due: '2027-03-31',
      status: 'in-progress',
      note: 'Board meeting in March: "policy & training" on the agenda.',
    },
    'inform-travellers': { owner: 'Front office', due: '', status: 'done', note: '' },
  },
  step: 7,
  createdAt: '2026-10-02T08:15:00.000Z',
  updatedAt: '2026-11-03T16:40:12.345Z',
  businessId: 'b7e0c3d4-1f2a-4b5c-8d9e-0a1b2c3d4e5f',
  submission: {
    submissionId: 'c0ffee00-1234-4abc-9def-000000000001',
    submittedAt: '2026-11-03T16:40:12.345Z',
    digest: '9b1f0e6c8a2d4f7e3c5b6a8d0e2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f',
  },
  review: {
    submissionId: 'c0ffee00-1234-4abc-9def-000000000001',
    businessId: 'b7e0c3d4-1f2a-4b5c-8d9e-0a1b2c3d4e5f',
    businessName: 'Harbour View Hotel',
    reviewerName: 'The Code reviewer',
    reviewedAt: '2026-11-20T09:30:00.000Z',
    status: 'accepted',
    note: 'Well documented. Keep the visitor log.',
    comments: [
      { question: 'ctlVisitorLog', comment: 'Please keep a sample page.', evidenceRequested: true },
    ],
  },
};

const TRANSFERS: Supplier = {
  id: '8a4b2c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d',
  name: 'Coral Coast Transfers',
  category: 'ground-transport',
  country: 'Kenya',
  locality: 'Mombasa',
  volume: 1200,
  clauseStatus: 'signed',
  contact: 'bookings desk, +254 41 000 000',
  createdAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-09-01T10:00:00.000Z',
};

const GUIDES: Supplier = {
  id: 'd2c3b4a5-9687-4f1e-8d2c-3b4a59687f1e',
  name: 'Reef Walks Guiding Co.',
  category: 'guides',
  country: 'Kenya',
  locality: 'Diani',
  volume: 340,
  clauseStatus: 'sent',
  contact: 'info@reefwalks.example',
  createdAt: '2026-09-01T10:00:00.000Z',
  updatedAt: '2026-10-15T12:00:00.000Z',
  requests: [
    {
      requestId: '51e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
      setId: 'supplier-guides',
      setVersion: '2.0.0',
      sentAt: '2026-10-15T12:00:00.000Z',
    },
  ],
};

const DESK_ASSESSMENT: Assessment = {
  id: 'e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9',
  setId: 'supplier-guides',
  setVersion: '2.0.0',
  answers: {
    businessName: 'Reef Walks Guiding Co.',
    country: 'Kenya',
    locality: 'Diani',
    guideSteering: 'no',
    childPhotos: 'unknown',
    ctlPolicy: '1',
  },
  plan: {},
  step: 1,
  createdAt: '2026-10-16T09:00:00.000Z',
  updatedAt: '2026-10-16T09:05:00.000Z',
  supplier: { supplierId: GUIDES.id, answeredBy: 'operator' },
};

/** A received submission as the reviewer's Haven stores it, its digest the real one. */
async function receivedSubmission(): Promise<ReceivedSubmission> {
  const submission = SAMPLES.hourlyWithoutId();
  const digest = await digestOf(submissionDigestInput(submission));
  const received = receiveSubmission(
    { submission, digest },
    digest,
    {},
    'Harbour View Hotel – submission.json',
    '2026-11-05T11:00:00.000Z',
  );
  if (!received.ok) throw new Error('the sample submission must be received');
  return {
    ...received.value,
    review: {
      status: 'changes-requested',
      note: 'Rooms let by the hour: every occupant must be identified.',
      comments: {
        hourlyIdAll: { comment: 'Describe the ID check at the desk.', evidenceRequested: true },
      },
      updatedAt: '2026-11-06T14:20:00.000Z',
    },
  };
}

export async function sampleWorkspace(): Promise<Workspace> {
  return {
    assessments: [HOTEL, DESK_ASSESSMENT],
    suppliers: [TRANSFERS, GUIDES],
    submissions: [await receivedSubmission()],
    settings: { reviewerName: 'The Code reviewer', operatorName: 'Coast & Reef Tours' },
  };
}
