import { Component, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { Store } from '@ngrx/store';

import { QuestionSet } from '../../../domain/questionnaire/question-set';
import { QUESTION_SETS } from '../../../domain/questionnaire/sets';
import { questionnaireLength } from '../../../domain/questionnaire/time-estimate';
import { HomePageActions } from '../state/assessment.actions';
import { CONTENT } from '../../../shared/i18n/content';

const DESCRIPTIONS: Record<string, string> = {
  accommodation: $localize`:@@new.accommodation:Hotels, resorts, guesthouses, hostels, short-term rentals and homestays assessing their own property.`,
  'tourism-services': $localize`:@@new.tourismServices:Tour operators, travel agencies, excursion and activity providers, transfer companies, guides, homestay networks and volunteer travel.`,
};

@Component({
  selector: 'app-new-assessment-page',
  templateUrl: './new-assessment-page.html',
  styleUrl: './new-assessment-page.scss',
  imports: [MatButton, MatCardModule],
})
export class NewAssessmentPage {
  private readonly store = inject(Store);
  protected readonly sectors = QUESTION_SETS.map((set) => ({
    set,
    title: CONTENT(set.title),
    description: DESCRIPTIONS[set.id] ?? '',
    length: questionnaireLength([set]),
  }));

  protected start(set: QuestionSet): void {
    this.store.dispatch(HomePageActions.assessmentStarted(set));
  }
}
