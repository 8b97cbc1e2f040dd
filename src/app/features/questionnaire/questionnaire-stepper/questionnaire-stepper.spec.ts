import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatRadioGroupHarness } from '@angular/material/radio/testing';
import { MatStepperHarness } from '@angular/material/stepper/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';

import { Answers } from '../../../domain/questionnaire/answers';
import { ACCOMMODATION } from '../../../domain/questionnaire/sets/accommodation';
import { visibleQuestionsOf, visibleView } from '../../../domain/questionnaire/visibility';
import { registerIcons } from '../../../core/icons';
import { QuestionnaireStepper, WizardStep } from './questionnaire-stepper';

function stepsFor(answers: Answers): WizardStep[] {
  const view = visibleView(ACCOMMODATION, answers);
  return ACCOMMODATION.sections.map((section) => ({
    section,
    questions: visibleQuestionsOf(section, view),
    answeredCount: 0,
  }));
}

describe('QuestionnaireStepper', () => {
  let fixture: ComponentFixture<QuestionnaireStepper>;
  let loader: HarnessLoader;
  let emitted: Answers[];
  let steps: number[];

  async function create(answers: Answers, startStep = 0) {
    TestBed.configureTestingModule({
      providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    TestBed.runInInjectionContext(registerIcons);
    fixture = TestBed.createComponent(QuestionnaireStepper);
    fixture.componentRef.setInput('set', ACCOMMODATION);
    fixture.componentRef.setInput('answers', answers);
    fixture.componentRef.setInput('steps', stepsFor(answers));
    fixture.componentRef.setInput('startStep', startStep);
    emitted = [];
    steps = [];
    fixture.componentInstance.answersChange.subscribe((a) => emitted.push(a));
    fixture.componentInstance.stepChange.subscribe((s) => steps.push(s));
    await fixture.whenStable();
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  it('has one step per section, opening on the step the user left', async () => {
    await create({}, 1);
    const stepper = await loader.getHarness(MatStepperHarness);
    const all = await stepper.getSteps();
    expect(all.length).toBe(ACCOMMODATION.sections.length);
    expect(await all[1].isSelected()).toBeTrue();
    expect(await all[1].getLabel()).toBe('What you offer');
  });

  it('shows only the questions that apply', async () => {
    await create({ hasBar: 'no', hasSpa: 'no' }, 1);
    const groups = await loader.getAllHarnesses(MatRadioGroupHarness);
    const names = await Promise.all(
      groups.map((g) => g.host().then((h) => h.getAttribute('aria-labelledby'))),
    );
    expect(names).toContain('q-hasBar-label');
    expect(names).not.toContain('q-entertainmentStaff-label');
  });

  it('reports an answer as soon as an option is chosen', async () => {
    await create({}, 1);
    const group = await loader.getHarness(
      MatRadioGroupHarness.with({ selector: '[aria-labelledby="q-hasBar-label"]' }),
    );
    await group.checkRadioButton({ label: 'Yes' });
    expect(emitted).toEqual([{ hasBar: 'yes' }]);
  });

  it('offers "Don\'t know" only where the question allows it', async () => {
    await create({}, 1);
    const hasBar = await loader.getHarness(
      MatRadioGroupHarness.with({ selector: '[aria-labelledby="q-hasBar-label"]' }),
    );
    const hourly = await loader.getHarness(
      MatRadioGroupHarness.with({ selector: '[aria-labelledby="q-hourlyRental-label"]' }),
    );
    const labels = async (g: MatRadioGroupHarness) =>
      Promise.all((await g.getRadioButtons()).map((b) => b.getLabelText()));
    expect(await labels(hasBar)).toEqual(['Yes', 'No']);
    expect(await labels(hourly)).toEqual(['Yes', 'No', "Don't know"]);
  });

  it('reports the step when the user moves on', async () => {
    await create({ businessName: 'Harbour View Hotel', country: 'Kenya' }, 0);
    const next = await loader.getHarness(MatButtonHarness.with({ text: /Next/ }));
    await next.click();
    expect(steps).toEqual([1]);
  });

  it('stays on a step whose required answer is missing, and shows why', async () => {
    await create({ country: 'Kenya' }, 0);
    const next = await loader.getHarness(MatButtonHarness.with({ text: /Next/ }));
    await next.click();
    await fixture.whenStable();
    expect(steps).toEqual([]);
    expect(fixture.nativeElement.querySelector('mat-error')?.textContent).toContain(
      'Please fill this in',
    );
  });

  it('keeps the answer of a question while it is hidden, and shows it again', async () => {
    await create({ hasBar: 'yes', entertainmentStaff: 'no' }, 1);
    const entertainmentStaff = () =>
      loader.getHarness(
        MatRadioGroupHarness.with({ selector: '[aria-labelledby="q-entertainmentStaff-label"]' }),
      );
    fixture.componentRef.setInput('steps', stepsFor({ hasBar: 'no' }));
    await fixture.whenStable();
    expect(
      await loader.getAllHarnesses(
        MatRadioGroupHarness.with({ selector: '[aria-labelledby="q-entertainmentStaff-label"]' }),
      ),
    ).toEqual([]);
    fixture.componentRef.setInput('steps', stepsFor({ hasBar: 'yes' }));
    await fixture.whenStable();
    expect(await (await entertainmentStaff()).getCheckedValue()).toBe('no');
  });

  it('hands over what was typed when asked to flush', async () => {
    await create({ businessName: 'Inn' }, 0);
    expect(fixture.componentInstance.flushTyping()['businessName']).toBe('Inn');
  });
});
