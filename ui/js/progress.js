// A progress bar for a long command (planning, importing a year of punches): it follows the
// command's progress channel and says in words what is being done. One per screen.
import { h } from './dom.js';
import { progressChannel } from './api.js';

/** `{ box, channel(), hide() }`: put `box` on the screen, pass `channel()` to the command. */
export function progressBar(id) {
  const bar = h('progress', { id: `${id}-progress`, max: 1, value: 0 });
  const text = h('span', { id: `${id}-progress-text`, role: 'status' });
  const box = h('div', { class: 'progress', hidden: true }, bar, text);
  return {
    box,
    channel() {
      box.hidden = false;
      let best = 0; // reports from two threads may arrive out of order
      bar.removeAttribute('value');
      text.textContent = '';
      return progressChannel((p) => {
        if (p.total === 0) {
          bar.removeAttribute('value'); // indeterminate while the total is not known
          text.textContent = p.done ? `${p.stage}: ${p.done.toLocaleString('id-ID')} ${p.of}…` : `${p.stage}…`;
          return;
        }
        best = Math.max(best, p.done);
        bar.max = p.total;
        bar.value = best;
        text.textContent = `${p.stage}: ${best.toLocaleString('id-ID')} dari ${p.total.toLocaleString('id-ID')} ${p.of}`;
      });
    },
    hide() {
      box.hidden = true;
    },
  };
}
