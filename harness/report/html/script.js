// The report's behaviour: tabs (click, arrow keys, Home/End) and the status filter. Everything is in the page.
(() => {
  const select = (tab, focus) => {
    const list = tab.closest('[role="tablist"]');
    for (const other of list.querySelectorAll('[role="tab"]')) {
      const chosen = other === tab;
      other.setAttribute('aria-selected', String(chosen));
      other.tabIndex = chosen ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !chosen;
    }
    if (focus) tab.focus();
  };
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      const tabs = [...tab.closest('[role="tablist"]').querySelectorAll('[role="tab"]:not([hidden])')];
      const at = tabs.indexOf(tab);
      const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      select(tabs[(next + tabs.length) % tabs.length], true);
    });
  }
  const filter = (status) => {
    for (const button of document.querySelectorAll('[data-filter]')) button.setAttribute('aria-pressed', String(button.dataset.filter === status));
    for (const group of document.querySelectorAll('.group')) {
      const tabs = [...group.querySelectorAll('[role="tab"]')];
      for (const tab of tabs) tab.hidden = status !== 'all' && tab.dataset.status !== status;
      const shown = tabs.filter((tab) => !tab.hidden);
      group.hidden = shown.length === 0;
      if (shown.length > 0 && !shown.some((tab) => tab.getAttribute('aria-selected') === 'true')) select(shown[0], false);
      for (const tab of tabs) if (tab.hidden) document.getElementById(tab.getAttribute('aria-controls')).hidden = true;
      const selected = shown.find((tab) => tab.getAttribute('aria-selected') === 'true');
      if (selected) document.getElementById(selected.getAttribute('aria-controls')).hidden = false;
    }
    for (const page of document.querySelectorAll('.page')) page.hidden = [...page.querySelectorAll('.group')].every((g) => g.hidden) && status !== 'all';
  };
  for (const button of document.querySelectorAll('[data-filter]')) button.addEventListener('click', () => filter(button.dataset.filter));
})();
