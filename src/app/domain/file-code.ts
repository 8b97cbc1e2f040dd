// Every function that reads or writes a Haven file, in one module the app loads the first time a
// file is read or written: they carry the schema library and the format checks, which no first
// screen needs.
export { assessmentFileText, parseAssessmentFile } from './assessment/assessment-file';
export {
  parseReviewResponseFile,
  reviewResponseDigestInput,
  reviewResponseFileText,
  reviewResponseOf,
  reviewSupersedes,
} from './review/review-response';
export { parseSubmissionFile, receiveSubmission } from './review/submission-file';
export {
  checkResponse,
  isAlreadyAttached,
  parseRequestFile,
  parseResponseFile,
  requestFileText,
  responseDigestInput,
  responseFileText,
} from './suppliers/questionnaire-exchange';
