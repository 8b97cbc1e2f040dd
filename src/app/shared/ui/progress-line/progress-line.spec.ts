import { TestBed } from '@angular/core/testing';

import { ProgressLine } from './progress-line';

describe('ProgressLine', () => {
  function render(value: number) {
    const fixture = TestBed.createComponent(ProgressLine);
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('label', 'Questions answered');
    fixture.detectChanges();
    const bar: HTMLElement = fixture.nativeElement.querySelector('[role=progressbar]');
    const fill: HTMLElement = fixture.nativeElement.querySelector('.fill');
    return { bar, fill };
  }

  it('tells assistive technology how far along it is, by name', () => {
    const { bar, fill } = render(37.4);
    expect(bar.getAttribute('aria-label')).toBe('Questions answered');
    expect(bar.getAttribute('aria-valuenow')).toBe('37');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(fill.style.width).toBe('37%');
  });

  it('stays within 0 and 100 whatever it is given', () => {
    expect(render(130).bar.getAttribute('aria-valuenow')).toBe('100');
    expect(render(-5).fill.style.width).toBe('0%');
    expect(render(Number.NaN).bar.getAttribute('aria-valuenow')).toBe('0');
  });
});
