import { FormBuilder } from '@angular/forms';

import { ACCOMMODATION } from '../../domain/questionnaire/sets/accommodation';
import { buildStepForm, notBlank } from './step-form';

describe('buildStepForm', () => {
  const fb = new FormBuilder().nonNullable;
  const services = ACCOMMODATION.sections.find((s) => s.id === 'services')!;

  it('has a control for every question of the section, hidden ones included', () => {
    const form = buildStepForm(fb, services, {});
    expect(Object.keys(form.controls)).toEqual(services.questions.map((q) => q.id));
  });

  it('starts each control at the stored answer', () => {
    const form = buildStepForm(fb, services, { hasBar: 'yes', excursionOrphanage: 'no' });
    expect(form.controls['hasBar'].value).toBe('yes');
    expect(form.controls['excursionOrphanage'].value).toBe('no');
  });

  it('requires the business name', () => {
    const profile = ACCOMMODATION.sections[0];
    const form = buildStepForm(fb, profile, {});
    expect(form.controls['businessName'].hasError('required')).toBeTrue();
    form.controls['businessName'].setValue('Harbour View');
    expect(form.controls['businessName'].valid).toBeTrue();
  });
});

describe('notBlank', () => {
  it('rejects spaces alone', () => {
    expect(notBlank(new FormBuilder().nonNullable.control('   '))).toEqual({ blank: true });
  });

  it('accepts text and leaves empty values to "required"', () => {
    expect(notBlank(new FormBuilder().nonNullable.control('Inn'))).toBeNull();
    expect(notBlank(new FormBuilder().nonNullable.control(''))).toBeNull();
  });
});
