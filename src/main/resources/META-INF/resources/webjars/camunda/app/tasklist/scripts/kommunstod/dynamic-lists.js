// Kommunstöd: form-js dynamic lists (the situation pictures' observations, the joint analysis's
// prioritised problems, the action plan's measures and indicators) in Camunda Tasklist 7.24.
// Loaded by scripts/config.js as a custom script, beside scripts/kommunstod/tasklist.js.
//
// - Slutför stays usable. Tasklist reads a form as invalid when form-js's error state has any key
//   (`Object.keys(errors).length`), but form-js keeps a key for every field of a list row that was
//   ever edited, with no errors in it ([null]); so after the first edit in a row Slutför stayed
//   disabled for good. Here, a form with a dynamic list counts as invalid only while form-js shows
//   an error; Slutför still runs form-js's own validation before anything is sent.
// - The lists' own buttons in Swedish: "Lägg till rad", "Visa alla (n)", "Dölj", "Ta bort rad n".
// - Long options fit their column: a chosen option ends in "…", a checklist's options wrap, a row's
//   columns may shrink (form-js keeps labels on one line, which widened the form past the task pane);
//   the situation pictures' sources (Field_Sources_*) in three columns.
// Read by MethodFormsBrowserTest (src/test/browser/method-forms.mjs).

(function dynamicLists() {
  const TEXTS = [
    [/^Add new$/, () => 'Lägg till rad'],
    [/^Expand all \((\d+)\)$/, (m) => `Visa alla (${m[1]})`],
    [/^Collapse$/, () => 'Dölj'],
  ];

  function translate(root) {
    root.querySelectorAll('.fjs-repeat-render-add, .fjs-repeat-render-collapse').forEach((button) => {
      button.childNodes.forEach((node) => {
        if (node.nodeType !== Node.TEXT_NODE) {
          return;
        }
        const trimmed = node.nodeValue.trim();
        for (const [pattern, sv] of TEXTS) {
          const m = trimmed.match(pattern);
          if (m) {
            node.nodeValue = node.nodeValue.replace(trimmed, sv(m));
          }
        }
      });
    });
    root.querySelectorAll('.fjs-repeat-row-remove').forEach((button) => {
      const label = button.getAttribute('aria-label') || '';
      const m = label.match(/^Remove list item (\d+)$/);
      if (m) {
        button.setAttribute('aria-label', 'Ta bort rad ' + m[1]);
        button.setAttribute('title', 'Ta bort rad ' + m[1]);
      }
    });
  }

  /** The scope of Tasklist's form directive (camTasklistForm): the one whose disableCompleteButton reads $invalid. */
  function formScope(container) {
    const angular = window.angular;
    const card = container.closest('.task-card') || document;
    const button = card.querySelector('.form-actions button.btn-primary');
    let scope = angular && button ? angular.element(button).scope() : null;
    while (scope && !Object.prototype.hasOwnProperty.call(scope, 'disableCompleteButton')) {
      scope = scope.$parent;
    }
    return scope;
  }

  const STYLE = `
    .fjs-container .fjs-layout-column { min-width: 0; }
    .fjs-container .fjs-select-display { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .fjs-container .fjs-form-field-checklist > label.fjs-form-field-label[for] {
      white-space: normal; align-items: flex-start; }
    .fjs-container .fjs-form-field-checklist > label.fjs-form-field-label[for] input { margin-top: 3px; }
    .fjs-container .fjs-table-td { white-space: normal; }
    .fjs-container .fjs-table-th { min-width: 0; }
    .fjs-container .fjs-form-field-checklist:has(> label[for*="Field_Sources_"]) {
      display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); column-gap: 16px; }
    .fjs-container .fjs-form-field-checklist:has(> label[for*="Field_Sources_"]) > :not(label[for]) {
      grid-column: 1 / -1; }
  `;
  function style() {
    if (!document.getElementById('ks-dynamic-lists')) {
      const element = document.createElement('style');
      element.id = 'ks-dynamic-lists';
      element.textContent = STYLE;
      document.head.appendChild(element);
    }
  }

  let pending = false;
  function revalidate() {
    if (pending) {
      return;
    }
    pending = true;
    setTimeout(() => {
      pending = false;
      document.querySelectorAll('.task-card .fjs-container').forEach((container) => {
        if (!container.querySelector('.fjs-form-field-dynamiclist')) {
          return;
        }
        const scope = formScope(container);
        if (scope && scope.$invalid && !container.querySelector('.fjs-form-field-error')) {
          scope.$invalid = false;
          scope.$applyAsync();
        }
      });
    }, 0);
  }

  const observer = new MutationObserver((mutations) => {
    if (mutations.some((m) => m.target instanceof Element && m.target.closest('.fjs-container'))) {
      translate(document);
      revalidate();
    }
  });
  function start() {
    style();
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    // form-js takes typed text in after a debounce, without a DOM change: look again now and then too
    setInterval(revalidate, 300);
    ['input', 'change', 'click', 'keyup', 'focusout'].forEach((event) => document.addEventListener(event, (e) => {
      if (e.target instanceof Element && e.target.closest('.fjs-container')) {
        revalidate();
      }
    }, true));
  }
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}());
