import { LocaleText } from '../locale-text';
import { Condition } from './condition';
import { ActionDef, ContextFactor, ControlDef, RedFlagDef, RiskItemDef } from './risk-model';

export type SectorId = 'accommodation' | 'tourism-services' | 'supplier';

/** The answer value a user gives when they honestly do not know. It counts as the riskier answer. */
export const UNKNOWN = 'unknown';

export interface AnswerOption {
  readonly value: string;
  readonly label: LocaleText;
}

interface QuestionBase {
  readonly id: string;
  readonly text: LocaleText;
  /** Explains a term or what counts, in plain words. */
  readonly help?: LocaleText;
  /** Shown only when this holds (over visible answers). Hidden answers are kept but not used. */
  readonly showIf?: Condition;
}

/** Pick one option; `allowsUnknown` adds "Don't know". */
export interface ChoiceQuestion extends QuestionBase {
  readonly kind: 'choice';
  readonly options: readonly AnswerOption[];
  readonly allowsUnknown: boolean;
}

/** How far a safeguard is in place, on the brief's 0–3 scale. "Don't know" is always offered. */
export interface ControlQuestion extends QuestionBase {
  readonly kind: 'control';
}

/** Short free text about the business itself (never about guests, children or offenders). */
export interface TextQuestion extends QuestionBase {
  readonly kind: 'text';
  readonly required: boolean;
  readonly maxLength: number;
}

export type Question = ChoiceQuestion | ControlQuestion | TextQuestion;

/**
 * A fact Haven knows from outside the questionnaire and never asks: what a tour operator's register
 * says about a supplier. It is given with the answers, under its id, and rules can refer to it.
 */
export interface FactDef {
  readonly id: string;
  readonly title: LocaleText;
  readonly options: readonly AnswerOption[];
}

export interface Section {
  readonly id: string;
  readonly title: LocaleText;
  readonly intro?: LocaleText;
  readonly questions: readonly Question[];
}

/** The values of a control question, from absent to checked. */
export const CONTROL_LEVELS = ['0', '1', '2', '3'] as const;
export type ControlLevel = (typeof CONTROL_LEVELS)[number];

/**
 * One sector's questionnaire: the questions and the risk model that scores them. Identified by
 * id + version, which are stored with every assessment so a result can be recomputed later.
 */
export interface QuestionSet {
  readonly id: string;
  readonly version: string;
  readonly sector: SectorId;
  readonly title: LocaleText;
  readonly sections: readonly Section[];
  /** Questions that hold the business's name, country, town and assessor, for covers and lists. */
  readonly profile: {
    readonly name: string;
    readonly country: string;
    readonly locality: string;
    readonly assessedBy: string;
  };
  readonly contextFactors: readonly ContextFactor[];
  readonly controls: readonly ControlDef[];
  readonly riskItems: readonly RiskItemDef[];
  readonly redFlags: readonly RedFlagDef[];
  readonly actions: readonly ActionDef[];
  /** Facts from outside the questionnaire that rules may refer to (supplier sets only). */
  readonly facts?: readonly FactDef[];
}
