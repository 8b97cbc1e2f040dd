import { DOCUMENT, inject } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import { filter, skip } from 'rxjs';

/**
 * After each navigation but the first page load, moves focus to the new page's heading once it
 * has rendered: otherwise focus stays on <body> and a screen reader says nothing of the new page.
 * A link to one question (`?question=`) focuses that question instead (the wizard does it).
 */
export function focusPageHeadings(): void {
  const router = inject(Router);
  const document = inject(DOCUMENT);
  router.events
    .pipe(
      filter((event) => event instanceof NavigationEnd),
      skip(1),
    )
    .subscribe((event) => {
      if (event.urlAfterRedirects.includes('question=')) return;
      const main = document.querySelector('main');
      if (main) whenHeadingShows(main, (heading) => heading.focus());
    });
}

function whenHeadingShows(main: HTMLElement, focus: (heading: HTMLElement) => void): void {
  const take = () => {
    const heading = main.querySelector('h1');
    if (!heading) return false;
    heading.tabIndex = -1;
    focus(heading);
    return true;
  };
  if (take()) return;
  // The page may still be loading its data (a spinner first): wait for its heading, not forever.
  const observer = new MutationObserver(() => take() && observer.disconnect());
  observer.observe(main, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), 10_000);
}
