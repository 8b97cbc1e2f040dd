import { effect, EffectRef, Injector, untracked } from '@angular/core';
import { AbstractControl } from '@angular/forms';

/**
 * Keeps form controls showing what is stored when another tab or window changes it.
 *
 * This tab's own typing reaches the store (synchronously, through the output the form feeds)
 * before the stored values are read here, so a stored value that differs from a control's can
 * only be someone else's edit: it is set without an event, so it is not written back. When the
 * control the user is in changes, `onFocusedChanged` lets the page tell them.
 */
export function followStored(
  controls: () => Readonly<Record<string, AbstractControl<string>>>,
  stored: () => Readonly<Record<string, string>>,
  isFocused: (key: string) => boolean,
  onFocusedChanged: () => void,
  injector: Injector,
): EffectRef {
  return effect(
    () => {
      const values = stored();
      untracked(() => {
        let focusedChanged = false;
        for (const [key, control] of Object.entries(controls())) {
          const value = values[key] ?? '';
          if (control.value === value) continue;
          focusedChanged ||= isFocused(key);
          control.setValue(value, { emitEvent: false });
        }
        if (focusedChanged) onFocusedChanged();
      });
    },
    { injector },
  );
}

/** What the user is told when the field they are in was changed in another tab. */
export function changedElsewhereMessage(): string {
  return $localize`:@@sync.fieldChanged:What you are editing was just changed in another Haven tab or window.`;
}
