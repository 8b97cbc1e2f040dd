import { effect, EffectRef, Injector, untracked } from '@angular/core';
import { AbstractControl } from '@angular/forms';

import { Notices } from '../../core/notices';

/**
 * Keeps form controls showing what is stored when another tab or window changes it.
 *
 * This tab's own typing reaches the store (synchronously, through the output the form feeds)
 * before the stored values are read here, so a stored value that differs from a control's can
 * only be someone else's edit: it is set without an event, so it is not written back. When the
 * field the user is in (`fieldOf` finds its element) changes, a notice tells them.
 */
export function followStored(
  controls: () => Readonly<Record<string, AbstractControl<string>>>,
  stored: () => Readonly<Record<string, string>>,
  fieldOf: (key: string) => Element | null,
  injector: Injector,
): EffectRef {
  const notices = injector.get(Notices);
  return effect(
    () => {
      const values = stored();
      untracked(() => {
        let focusedChanged = false;
        for (const [key, control] of Object.entries(controls())) {
          const value = values[key] ?? '';
          if (control.value === value) continue;
          focusedChanged ||= !!fieldOf(key)?.contains(document.activeElement);
          control.setValue(value, { emitEvent: false });
        }
        if (focusedChanged) void notices.show(changedElsewhereMessage(), DISMISS());
      });
    },
    { injector },
  );
}

const DISMISS = () => $localize`:@@notice.dismiss:OK`;

/** What the user is told when the field they are in was changed in another tab. */
function changedElsewhereMessage(): string {
  return $localize`:@@sync.fieldChanged:What you are editing was just changed in another Haven tab or window.`;
}
