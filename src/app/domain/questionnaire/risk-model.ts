import { LocaleText } from '../locale-text';
import { Answers } from './answers';
import { Condition } from './condition';

/** A destination factor (brief §5.1): answering with a risky value counts it. */
export interface ContextFactor {
  readonly question: string;
  readonly riskyValues: readonly string[];
  /** A known hotspot sets the context to its highest level on its own. */
  readonly isHotspot?: boolean;
}

/** A sector factor that adds exposure points to one risk item when answered with a risky value. */
export interface ExposureFactor {
  readonly question: string;
  readonly riskyValues: readonly string[];
  readonly points: 1 | 2;
}

/** Code criterion 1–6 (brief §3). Sector controls belong to the criterion they put into practice. */
export type Criterion = 1 | 2 | 3 | 4 | 5 | 6;

/** A safeguard, rated 0–3 by its control question. */
export interface ControlDef {
  readonly id: string;
  readonly question: string;
  readonly criterion: Criterion;
  readonly title: LocaleText;
}

export interface RiskItemDef {
  readonly id: string;
  readonly title: LocaleText;
  /** 5 for sexual exploitation or trafficking; 4 only for related harms (brief §9). */
  readonly severity: 4 | 5;
  /** Left out of the assessment when this does not hold (e.g. no bar, no volunteering). */
  readonly appliesIf?: Condition;
  readonly exposure: readonly ExposureFactor[];
  /** Ids of the controls that lower this item's likelihood. */
  readonly controls: readonly string[];
}

/** A practice that sets the items it affects to Very high, whatever the controls (brief §8). */
export interface RedFlagDef {
  readonly id: string;
  readonly title: LocaleText;
  readonly when: Condition;
  readonly items: readonly string[];
}

export type ActionPriority = 'immediate' | 'high' | 'medium';

/**
 * A recommended action keyed to a gap (brief §10). `effect` is the answers the business would give
 * once the action is done; it drives the "what-if" band. For control questions the effect raises
 * the rating to at least the given level and never lowers it.
 */
export interface ActionDef {
  readonly id: string;
  readonly gap: LocaleText;
  readonly action: LocaleText;
  /** The Code criteria the action puts into practice; empty for actions about the assessment itself. */
  readonly criteria: readonly Criterion[];
  readonly priority: ActionPriority;
  readonly when: Condition;
  readonly effect: Answers;
  /**
   * An action about several questions at once ("find out these answers", "check these
   * safeguards"): it lists the questions of `questions` whose answer is one of `values`, and its
   * effect changes only those.
   */
  readonly scope?: { readonly questions: readonly string[]; readonly values: readonly string[] };
}
