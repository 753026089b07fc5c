// The pages table's behaviour: sort by a column (its heading button: ascending, then descending) and filter by text
// and verdict. Everything is in the page; without the script the table is still there, in run order.
(() => {
  const table = document.getElementById('pages-table');
  if (!table) return;
  const body = table.tBodies[0];
  const text = document.getElementById('page-filter');
  const verdict = document.getElementById('page-verdict');
  const shown = document.getElementById('pages-shown');
  const value = (row, column) => row.cells[column].dataset.value ?? row.cells[column].textContent;
  for (const button of table.querySelectorAll('button.sort')) {
    button.addEventListener('click', () => {
      const heading = button.closest('th');
      const ascending = heading.getAttribute('aria-sort') !== 'ascending';
      for (const other of table.querySelectorAll('th[aria-sort]')) other.setAttribute('aria-sort', 'none');
      heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const column = Number(button.dataset.column);
      const numeric = button.dataset.kind === 'number';
      const rows = [...body.rows].sort((a, b) => {
        const [x, y] = [value(a, column), value(b, column)];
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return ascending ? order : -order;
      });
      body.append(...rows);
    });
  }
  const filter = () => {
    const words = text.value.trim().toLowerCase();
    let count = 0;
    for (const row of body.rows) {
      row.hidden = (verdict.value !== 'all' && row.dataset.status !== verdict.value) || (words !== '' && !row.textContent.toLowerCase().includes(words));
      if (!row.hidden) count += 1;
    }
    shown.textContent = `${count} of ${body.rows.length} pages shown`;
  };
  text.addEventListener('input', filter);
  verdict.addEventListener('change', filter);
})();
