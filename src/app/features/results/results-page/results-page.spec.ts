import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatExpansionPanelHarness } from '@angular/material/expansion/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import { MockStore, provideMockStore } from '@ngrx/store/testing';

import { registerIcons } from '../../../core/icons';
import { Assessment } from '../../../domain/assessment/assessment';
import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import { WORKED_EXAMPLE_HOTEL } from '../../../domain/testing/sample-answers';
import { ReportActions } from '../../assessments/state/assessment.actions';
import { assessmentsFeature } from '../../assessments/state/assessment.feature';
import {
  selectDocumentContent,
  selectHeatMap,
  selectOpenedScore,
  selectOpenedSet,
  selectResultItems,
} from '../../assessments/state/assessment.selectors';
import { scoreAssessment } from '../../../domain/scoring/score-assessment';
import { ResultsPage } from './results-page';

describe('ResultsPage', () => {
  let fixture: ComponentFixture<ResultsPage>;
  let loader: HarnessLoader;
  let store: MockStore;

  async function create(answers: Record<string, string>) {
    const assessment: Assessment = {
      id: 'a1',
      setId: 'accommodation',
      setVersion: '2.0.0',
      answers,
      plan: {},
      step: 0,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    const score = scoreAssessment(ACCOMMODATION, answers);
    const items = selectResultItems.projector(ACCOMMODATION, score);
    TestBed.configureTestingModule({
      providers: [
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        provideRouter([]),
        provideMockStore({
          selectors: [
            { selector: assessmentsFeature.selectIsLoaded, value: true },
            { selector: assessmentsFeature.selectOpenedAssessment, value: assessment },
            { selector: assessmentsFeature.selectIsExportingPdf, value: false },
            { selector: selectOpenedSet, value: ACCOMMODATION },
            { selector: selectOpenedScore, value: score },
            { selector: selectResultItems, value: items },
            { selector: selectHeatMap, value: selectHeatMap.projector(items, score) },
            { selector: selectDocumentContent, value: 'content' },
          ],
        }),
      ],
    });
    TestBed.runInInjectionContext(registerIcons);
    store = TestBed.inject(MockStore);
    fixture = TestBed.createComponent(ResultsPage);
    fixture.componentRef.setInput('id', 'a1');
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  it('shows the overall band in words first', async () => {
    await create({ ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no' });
    const overall = fixture.nativeElement.querySelector('.overall-line') as HTMLElement;
    expect(overall.textContent).toContain('Very high');
  });

  it('lists the red flags at the top', async () => {
    await create({ ...WORKED_EXAMPLE_HOTEL, hourlyIdAll: 'no' });
    const flags = fixture.nativeElement.querySelector('.red-flags') as HTMLElement;
    expect(flags.textContent).toContain(
      'Rooms rented by the hour without the identity of every occupant',
    );
  });

  it('shows no red-flag section when none is raised', async () => {
    await create(WORKED_EXAMPLE_HOTEL);
    expect(fixture.nativeElement.querySelector('.red-flags')).toBeNull();
  });

  it('has one expandable panel per risk item, with its reasons inside', async () => {
    await create(WORKED_EXAMPLE_HOTEL);
    const panels = await loader.getAllHarnesses(MatExpansionPanelHarness);
    expect(panels.length).toBe(scoreAssessment(ACCOMMODATION, WORKED_EXAMPLE_HOTEL).items.length);
    await panels[0].expand();
    expect(await panels[0].getTextContent()).toContain(
      'Inherent risk: likelihood 5 × severity 5 = 25, Very high.',
    );
  });

  it('links each unverified answer back to its question', async () => {
    await create({ ...WORKED_EXAMPLE_HOTEL, blindSpots: 'unknown' });
    const link = fixture.nativeElement.querySelector(
      'a[href*="question=blindSpots"]',
    ) as HTMLAnchorElement;
    expect(link.textContent).toContain('Are there entrances or guest corridors');
  });

  it('offers "Submit for review" only once every question is answered', async () => {
    await create(WORKED_EXAMPLE_HOTEL);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Submit for review/ })))
      .withContext('complete')
      .not.toEqual([]);
    TestBed.resetTestingModule();
    const { businessName: _name, ...incomplete } = WORKED_EXAMPLE_HOTEL;
    await create(incomplete);
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /Submit for review/ })))
      .withContext('one question open')
      .toEqual([]);
    expect(fixture.nativeElement.textContent).toContain(
      'Only a complete assessment can be submitted',
    );
  });

  it('asks for the PDF of this assessment', async () => {
    await create(WORKED_EXAMPLE_HOTEL);
    const dispatch = spyOn(store, 'dispatch');
    await (await loader.getHarness(MatButtonHarness.with({ text: /due-diligence PDF/ }))).click();
    expect(dispatch).toHaveBeenCalledWith(ReportActions.pdfRequested({ id: 'a1' }));
  });
});
